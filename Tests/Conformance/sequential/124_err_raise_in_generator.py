# conformance: full-stderr
def numbers():
    yield 1
    yield 2
    raise IndexError("ran out of numbers")

for n in numbers():
    print(n)
