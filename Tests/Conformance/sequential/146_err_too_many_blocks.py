# CPython 3.11 allows 20 statically nested blocks (CO_MAXBLOCKS); each item of a `with`
# statement is one, so 21 items are refused at compile time, before anything runs.
class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


print("never printed")
q = Quiet()
with q, q, q, q, q, q, q, q, q, q, q, q, q, q, q, q, q, q, q, q, q:
    print("inside")
