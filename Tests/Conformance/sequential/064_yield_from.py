def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner result"
def outer():
    print("outer start")
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from range(2)
    return "outer result"
g = outer()
print(next(g))
print(g.send("hi"))
print(next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("final:", e.value)
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def sub():
    try:
        yield 1
        yield 2
    except ValueError:
        print("sub handled ValueError")
        yield "from handler"
    finally:
        print("sub finally")
def deleg():
    r = yield from sub()
    print("sub returned", r)
d = deleg()
print(next(d))
print(d.throw(ValueError))
try:
    next(d)
except StopIteration:
    print("deleg done")
d2 = deleg()
next(d2)
d2.close()
print("closed delegating generator")
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", (1, 2), {"k": 0})))
