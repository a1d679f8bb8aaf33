class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1)
print(q.x, q.y, p.x)
print(Point.__name__, type(p).__name__, Point.__doc__)
m = p.norm2
print(m(), Point.norm2(p))
p.z = 99
print(p.z, hasattr(p, "z"), hasattr(q, "z"))
print(sorted(vars(p).items()))
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, Empty), isinstance(e, object))
print(Point.__qualname__, p.moved.__name__, Point.moved.__qualname__)
try:
    p.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
print(p.__class__ is Point, p.__dict__ == {"x": 3, "y": 4, "z": 99})
