def simple():
    """Docstring."""
    return 1

def params(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs

def annotated(x: int, y: "str" = "s") -> bool:
    return True

square = lambda n, k=2: n ** k

def outer():
    count = 0
    def inner():
        nonlocal count
        count += 1
        return count
    return inner

def uses_global():
    global total
    total = total + 1

@decorator
@other(1)
def decorated():
    pass

def implicit_return(x):
    if x:
        return 1
