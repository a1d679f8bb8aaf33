import functools
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a == "1.2")
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, c]))
print(len({a, b, c}), {a: "x"}[c])
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
@functools.total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
print(Money(1) <= Money(2), Money(3) > Money(2), Money(2) >= Money(2))
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("Rev.__gt__ called")
        return self.v > other
print(5 < Rev(9))
