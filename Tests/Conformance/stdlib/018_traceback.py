# traceback: format_exc, print_exc, print_exception (both forms), format_exception_only, chains.
import sys
import traceback


def inner(n):
    if n == 0:
        raise ValueError("bad value")
    inner(n - 1)


def outer():
    try:
        inner(2)
    except ValueError as e:
        raise RuntimeError("wrapped") from e


print(traceback.format_exc(), end="")
try:
    inner(1)
except ValueError:
    text = traceback.format_exc()
    print(text, end="")
    traceback.print_exc(file=sys.stdout)
try:
    outer()
except RuntimeError as e:
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    lines = traceback.format_exception(e)
    print(len(lines) > 5, lines[-1], end="")
print(traceback.format_exception_only(KeyError("k")))
