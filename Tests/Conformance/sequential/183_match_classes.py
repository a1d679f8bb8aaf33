# match: class patterns with dataclasses, namedtuples, a custom __match_args__, keyword
# patterns, built-in types matching their subject positionally, isinstance through bases.
from dataclasses import dataclass, field
from collections import namedtuple


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Labelled(Point):
    label: str = "?"
    hidden: list = field(default_factory=list, init=False)


Pair = namedtuple("Pair", "left right")


class Vector:
    __match_args__ = ("dx", "dy")

    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy

    @property
    def length2(self):
        return self.dx * self.dx + self.dy * self.dy


print(Point.__match_args__, Labelled.__match_args__, Pair.__match_args__)


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Labelled(x, y, label):
            return f"labelled {label} at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Pair(Point() as a, Point() as b):
            return f"pair of points {a} {b}"
        case Pair(left, right=0):
            return f"pair ending in zero, left {left}"
        case Vector(0, 0):
            return "zero vector"
        case Vector(dx=0, dy=d) | Vector(dx=d, dy=0):
            return f"axis vector, one component {d}"
        case Vector(length2=25):
            return "a vector of length 5"
        case Vector(dx=a, dy=b):
            return f"vector {a} {b}"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n) | float(n):
            return f"number {n!r}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([first, *_]) | tuple((first, *_)):
            return f"sequence starting with {first}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return "a set"
        case object(__class__=cls):
            return f"some {cls.__name__}"


for p in [Point(0, 0), Labelled(1, 2, "home"), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Pair(Point(1, 1), Point(2, 2)), Pair("l", 0), Pair("l", 1), Vector(0, 0), Vector(4, 0),
          Vector(3, 4), Vector(1, 2), True, -4, 7, 2.5, "s", b"b", [9, 8], (7,), {"k": 1}, {"j": 1},
          {1}, frozenset(), None, Pair]:
    print(where(p))


# Attributes are looked up only after the isinstance check, and only those named.
class Probe:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        print("  looking up", name)
        if name == "b":
            raise AttributeError(name)
        return 1


for case_ in range(3):
    match Probe():
        case Point(x=1):
            print("never")
        case Probe(1, 2) if case_ == 0:
            print("never: b is missing")
        case Probe(a=1):
            print("Probe with a=1, case", case_)
            break

# A class pattern's class can be any dotted name.
import collections
match Pair(1, 2):
    case collections.namedtuple:
        print("never: a function")
    case Pair(1, right=r):
        print("right", r)

# Too many positional sub-patterns is a TypeError at run time.
match Vector(1, 2):
    case Vector(a, b, c):
        print("never")
