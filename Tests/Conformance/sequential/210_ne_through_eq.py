# != falls back to object.__ne__, which inverts __eq__, on either side (do_richcompare with
# the reflected operand): 5 != Fraction(5) asks Fraction's __eq__.
from fractions import Fraction

print(5 != Fraction(5), 5.0 != Fraction(5), Fraction(5) != 5, 5 != Fraction(6))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Eq.__eq__", self.v, type(other).__name__)
        if isinstance(other, int):
            return self.v == other
        return NotImplemented


class OwnNe:
    def __ne__(self, other):
        print("OwnNe.__ne__")
        return NotImplemented

    def __eq__(self, other):
        print("OwnNe.__eq__")
        return False


class Plain:
    pass


print(3 != Eq(3), Eq(3) != 3, 4 != Eq(3))
print(OwnNe() != Eq(1))
print(Eq(1) != OwnNe())
p = Plain()
print(p != p, Plain() != Plain(), p != 1)
print("x" != Eq(2))

# A built-in sequence refusing a user object in + says what its concatenation says.
for left in ("a", [1], (1,), b"x", bytearray(b"x")):
    try:
        left + Plain()
    except TypeError as e:
        print(type(left).__name__, "+:", e)
    try:
        left += Plain()
    except TypeError as e:
        print(type(left).__name__, "+=:", e)
try:
    "a" + Fraction(1)
except TypeError as e:
    print(e)
print(Fraction(1) + 1, 1 + Fraction(1, 2))

# list += any iterable extends the list in place (list_inplace_concat).
class Pair:
    def __iter__(self):
        return iter([7, 8])


class Indexed:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError


items = [1]
alias = items
items += Pair()
items += Indexed()
print(items, alias is items)
