# Objects with __index__ wherever an index is taken: range(), subscripts, slices, bin/hex/oct.
import operator

class N:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, IndexError, ValueError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("range(N(3))", lambda: list(range(N(3))))
attempt("range(N(1), N(7), N(2))", lambda: list(range(N(1), N(7), N(2))))
attempt("range(N(5), 0, N(-2))", lambda: list(range(N(5), 0, N(-2))))
attempt("range(1.5)", lambda: range(1.5))
attempt("range('a')", lambda: range("a"))
attempt("range(N(0), 1, N(0))", lambda: range(N(0), 1, N(0)))
data = [10, 20, 30, 40, 50]
attempt("list[N(1)]", lambda: data[N(1)])
attempt("list[N(-1)]", lambda: data[N(-1)])
attempt("list[N(9)]", lambda: data[N(9)])
attempt("list[:N(2)]", lambda: data[:N(2)])
attempt("list[N(1):N(4):N(2)]", lambda: data[N(1):N(4):N(2)])
attempt("tuple[N(2)]", lambda: (1, 2, 3)[N(2)])
attempt("str[N(0)]", lambda: "abc"[N(0)])
attempt("str[N(1):]", lambda: "abc"[N(1):])
attempt("bytes[N(1)]", lambda: b"xyz"[N(1)])
attempt("range(10)[N(3)]", lambda: range(10)[N(3)])
def store():
    d = [0, 0, 0]
    d[N(1)] = 5
    d[N(0):N(1)] = [7, 8]
    del d[N(-1)]
    return d
attempt("store/del", store)
attempt("dict key stays", lambda: {N(1): "obj"}.get(1, "no index conversion for dicts"))
attempt("bin/hex/oct", lambda: (bin(N(5)), hex(N(255)), oct(N(8))))
attempt("operator.index", lambda: operator.index(N(42)))
attempt("operator.index(1.5)", lambda: operator.index(1.5))

class Bad:
    def __index__(self):
        return "x"
attempt("bad __index__ subscript", lambda: data[Bad()])
attempt("bad __index__ range", lambda: range(Bad()))
class NoIndex:
    pass
attempt("no __index__", lambda: data[NoIndex()])
attempt("True index", lambda: data[True])

big = range(10**20)
print(big, big[5], big[-1], 10**19 in big, -1 in big, type(big).__name__, bool(big), bool(range(10**20, 0)))
attempt("len(big)", lambda: len(big))
attempt("big[10**20]", lambda: big[10**20])
print(range(0, 10**20, 3)[10**18], len(range(10**18)), range(2**64, 2**64 + 3)[N(1)])
print(list(range(2**64, 2**64 + 3)), list(reversed(range(2**63, 2**63 + 2))), range(10**20).index(7))
print(range(1, 10**20, 10**19), range(1, 10**20, 10**19) == range(1, 10**20, 10**19))
