import functools
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return f"ping {x}"
print(ping(1), ping.__name__)
def tag(name):
    print("making tag", name)
    def deco(fn):
        print("applying tag", name, "to", fn.__name__)
        def wrapper():
            return f"<{name}>{fn()}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
def a(fn):
    print("a wraps")
    return lambda: "a(" + fn() + ")"
def b(fn):
    print("b wraps")
    return lambda: "b(" + fn() + ")"
@a
@b
def base():
    return "base"
print(base())
def prefix(p=">"):
    def deco(fn):
        return lambda *x: p + fn(*x)
    return deco
@prefix()
def f1(): return "default"
@prefix(p="#")
def f2(): return "custom"
print(f1(), f2())
