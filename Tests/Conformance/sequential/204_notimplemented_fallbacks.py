# Binary operators and comparisons: reflected methods, NotImplemented and CPython's messages.
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

class V:
    pass

attempt("[1] * V()", lambda: [1] * V())
attempt("V() * [1]", lambda: V() * [1])
attempt("'ab' * V()", lambda: "ab" * V())
attempt("(1,) * V()", lambda: (1,) * V())
attempt("'a' * 1.5", lambda: "a" * 1.5)
attempt("V() + 1", lambda: V() + 1)
attempt("1 - V()", lambda: 1 - V())
attempt("V() < V()", lambda: V() < V())
attempt("V() >= 1", lambda: V() >= 1)

class Idx:
    def __index__(self):
        return 3
attempt("[0] * Idx()", lambda: [0] * Idx())
attempt("Idx() * 'ab'", lambda: Idx() * "ab")

def inplace_repeat():
    l = [1]
    l *= Idx()
    return l
attempt("l *= Idx()", inplace_repeat)

def inplace_bad():
    l = [1]
    l *= V()
    return l
attempt("l *= V()", inplace_bad)

class R:
    def __radd__(self, other):
        return ("radd", other)
    def __rmul__(self, other):
        return ("rmul", other)
attempt("1 + R()", lambda: 1 + R())
attempt("[1] * R()", lambda: [1] * R())
attempt("'s' + R()", lambda: "s" + R())

class E:
    def __eq__(self, other):
        return NotImplemented
e = E()
attempt("e == e", lambda: e == e)
attempt("e == E()", lambda: e == E())
attempt("e != e", lambda: e != e)
attempt("e != E()", lambda: e != E())

class Add:
    def __add__(self, other):
        return "add"
def inplace_fallback():
    a = Add()
    a += 1
    return a
attempt("a += 1 (no __iadd__)", inplace_fallback)

class IAdd:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "binary add"
def inplace_not_impl():
    a = IAdd()
    a += 1
    return a
attempt("__iadd__ NotImplemented", inplace_not_impl)

class G:
    def __gt__(self, other):
        return "G.__gt__"
    def __le__(self, other):
        return NotImplemented
attempt("1 < G()", lambda: 1 < G())
attempt("G() <= 1", lambda: G() <= 1)

class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
attempt("Base() + Derived()", lambda: Base() + Derived())
attempt("Derived() + Base()", lambda: Derived() + Base())

class Both:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
attempt("Both() + Both()", lambda: Both() + Both())
def both_inplace():
    b = Both()
    b += 1
attempt("Both() += 1", both_inplace)
