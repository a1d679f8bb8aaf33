def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")
g = countdown(3)
print(type(g).__name__, countdown.__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(countdown(0), "default"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), sum(evens([1, 2, 4])))
def pairs():
    yield 1, "a"
    yield 2, "b"
for num, ch in pairs():
    print(num, ch)
def empty():
    return
    yield
print(list(empty()))
it = iter(countdown(2))
print(it is iter(it))
def with_return():
    yield 1
    return "ret"
print(list(with_return()))
