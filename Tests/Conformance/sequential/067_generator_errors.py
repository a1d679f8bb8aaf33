def g():
    x = yield 1
    yield x
gen = g()
try:
    gen.send(5)
except TypeError as e:
    print("TypeError:", e)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def ignore():
    try:
        yield
    except GeneratorExit:
        pass
    yield "ignored the exit"
i = ignore()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def stop():
    raise StopIteration
    yield
try:
    next(stop())
except RuntimeError as e:
    print("RuntimeError:", e)
def ret():
    return 3
    yield
r = ret()
try:
    r.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    r.send(1)
except StopIteration as e:
    print("second send -> StopIteration", e.value)
gi = g()
next(gi)
gi.close()
print("closed:", list(gi))
