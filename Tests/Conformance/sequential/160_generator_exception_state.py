# A generator keeps its own handled exception across a yield (a bare raise after it re-raises), as CPython's gi_exc_state.
import sys
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        print("in gen:", sys.exc_info()[0])
        raise
it = g()
print(next(it))
print("outside:", sys.exc_info()[0])
try:
    next(it)
except ValueError as e:
    print("reraised", e)
for x in g():
    print("for", x, sys.exc_info()[0])
    break
