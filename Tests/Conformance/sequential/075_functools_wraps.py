import functools
def plain_deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
def good_deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@plain_deco
def first():
    """First's docstring."""
    return 1
@good_deco
def second():
    """Second's docstring."""
    return 2
print(first.__name__, first.__doc__)
print(second.__name__, second.__doc__, second())
print(second.__wrapped__.__name__, second.__wrapped__())
print(second.__qualname__, first.__qualname__)
def timed(label):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*args):
            print(f"[{label}] calling {fn.__name__}")
            return fn(*args)
        return inner
    return deco
@timed("A")
@timed("B")
def work(x):
    "Doubles x."
    return x * 2
print(work(21), work.__name__, work.__doc__)
class Method:
    @good_deco
    def m(self):
        "method doc"
        return "m result"
print(Method().m(), Method.m.__name__, Method.m.__doc__)
