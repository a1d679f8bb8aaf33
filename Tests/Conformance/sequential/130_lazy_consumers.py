# sum, min and max take a generator's items one at a time: an error stops them before the
# generator runs any further, so what it prints after the bad item never appears.


def noisy(items):
    for x in items:
        print("  yield", repr(x))
        yield x


def attempt(label, fn):
    print(label)
    try:
        print("  ->", fn())
    except Exception as e:
        print("  ", type(e).__name__, e)


attempt("sum", lambda: sum(noisy([1, 2, "three", 4])))
attempt("sum start", lambda: sum(noisy([[1], [2]]), []))
attempt("max", lambda: max(noisy([3, 1, None, 7])))
attempt("min key", lambda: min(noisy(["bb", "a", 5, "ccc"]), key=len))
attempt("max default", lambda: max(noisy([]), default="empty"))
attempt("min args", lambda: min(4, 2, 8))
attempt("max empty", lambda: max(noisy([])))
attempt("any", lambda: any(x > 1 for x in noisy([0, 2, 5])))
attempt("all", lambda: all(noisy([1, 0, 1])))

# The last one is not caught.
print(sum(noisy([10, 20, "thirty", 40])))
