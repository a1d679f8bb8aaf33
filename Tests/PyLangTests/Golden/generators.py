def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

def delegate():
    result = yield from counter(3)
    received = yield
    return result

def consume():
    total = sum(x for x in counter(5))
    for v in counter(2):
        print(v)
    return total
