class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            self.caught = exc
            return True
        return None
with Suppress(KeyError) as s:
    {}["k"]
    print("not reached")
print("continues after with;", repr(s.caught))
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
class Log:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else "-")
        return self.n == 1
with Log(1) as one, Log(2) as two:
    print("body", one, two)
    raise RuntimeError("from body")
print("the outer manager (1) suppressed it")
def gen_exit():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "after with"
print(gen_exit())
