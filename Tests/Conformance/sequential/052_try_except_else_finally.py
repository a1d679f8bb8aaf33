def attempt(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError as e:
        print("except:", e)
        return "handled"
    except (TypeError, ValueError) as e:
        print("tuple except:", type(e).__name__, e)
        return "tuple"
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)
print(attempt(2))
print(attempt(0))
print(attempt("s"))
def finally_overrides():
    try:
        return "try"
    finally:
        print("cleanup runs before return")
print(finally_overrides())
def finally_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_return())
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e))
try:
    [][1]
except Exception as e:
    print(type(e).__name__, isinstance(e, LookupError))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
try:
    raise RuntimeError("bare")
except:
    print("bare except")
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("e" in dir())
