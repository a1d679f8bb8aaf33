# conformance: full-stderr
# except*: matching parts of an exception group, naked exceptions, re-raising the rest, raising new ones.
def group():
    return ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])

try:
    raise group()
except* ValueError as eg:
    print("values:", repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))
except* KeyError as eg:
    print("keys:", [repr(e) for e in eg.exceptions])

try:
    raise KeyError("naked")
except* KeyError as eg:
    print("naked:", repr(eg), eg.message == "")

try:
    try:
        raise group()
    except* ValueError:
        print("handled the values")
except ExceptionGroup as rest:
    print("rest:", repr(rest))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as eg:
    print("raised:", repr(eg), repr(eg.exceptions[0].__context__))
except RuntimeError as e:
    print("runtime:", repr(e))

for bad in (ExceptionGroup, int):
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)

try:
    raise ExceptionGroup("final", [ValueError("x"), OSError("y")])
except* ValueError:
    pass
