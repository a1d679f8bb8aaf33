def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result}")
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
print(add.__name__)
def shout(fn):
    return lambda *a: fn(*a).upper()
@shout
def hello(name):
    return "hello " + name
print(hello("world"))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): return 1
@register
def two(): return 2
print(registry, one(), two())
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(): pass
noop(); noop(); noop()
print(noop.calls)
print("decorator runs at definition time:")
def announce(fn):
    print("decorating", fn.__name__)
    return fn
@announce
def late(): return "called"
print(late())
