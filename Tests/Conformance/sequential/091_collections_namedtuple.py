from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
q = p._replace(y=10)
print(q, p, q._asdict(), Point._fields)
print(Point._make([5, 6]), Point(y=4, x=3))
Person = namedtuple("Person", "name age city", defaults=["Paris"])
print(Person("Ann", 30), Person("Bob", 5, "Rome"))
print(Person.__name__, type(p).__name__, Point.__doc__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print({Point(0, 0): "origin"}[(0, 0)], max(Point(1, 9), Point(2, 0)))
