def bad():
    yield 1
    raise StopIteration("explicit")
try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
def leaky(it):
    while True:
        yield next(it)
try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause type:", type(e.__cause__).__name__)
def fixed(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(fixed(iter([1, 2]))))
def plain_iter():
    return iter([1])
it = plain_iter()
next(it)
try:
    next(it)
except StopIteration:
    print("plain StopIteration still fine outside generators")
