def g():
    yield 1
    return 99
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args, repr(e))
def noreturn():
    yield 1
it = noreturn()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
e = StopIteration(5)
print(e.value, StopIteration().value, StopIteration(1, 2).value)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("finished")
        self.n -= 1
        return self.n
print(list(Countdown(3)))
c = Countdown(1)
next(c)
try:
    next(c)
except StopIteration as e:
    print("custom:", e.value)
def wrap():
    r = yield from g()
    yield r
print(list(wrap()))
print(next(iter([]), "sentinel"), next(g()))
