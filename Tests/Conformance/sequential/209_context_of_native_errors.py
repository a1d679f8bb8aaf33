# An exception raised by a built-in operation inside an except block is chained to the
# exception being handled (__context__), as every exception C code sets is in CPython.
def show(label, e):
    c = e.__context__
    print(label, type(e).__name__, "context:", repr(c), "suppress:", e.__suppress_context__)

try:
    raise ValueError("first")
except ValueError:
    try:
        1 / 0
    except ZeroDivisionError as e:
        show("div", e)

try:
    raise ValueError("second")
except ValueError:
    try:
        {}["missing"]
    except KeyError as e:
        show("key", e)

try:
    raise TypeError("outer")
except TypeError:
    try:
        int("x")
    except ValueError as e:
        show("int", e)

# No handled exception: no context.
try:
    [][1]
except IndexError as e:
    show("plain", e)

# A native error that escapes a nested call made inside the handler.
def parse(s):
    return int(s)

try:
    raise KeyError("k")
except KeyError:
    try:
        sorted(["1", "b"], key=parse)
    except ValueError as e:
        show("nested", e)

# from None keeps the context but suppresses it.
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise RuntimeError("replaced") from None
except RuntimeError as e:
    show("from-none", e)

# The uncaught case prints both tracebacks.
try:
    raise ValueError("c")
except ValueError:
    int("not a number")
