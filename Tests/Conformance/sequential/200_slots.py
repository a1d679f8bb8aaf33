# __slots__: enforced names, no __dict__, member descriptors, inheritance, conflicts.
def attempt(label, fn):
    try:
        print(label, fn())
    except (AttributeError, ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.x, p.y, p.norm1(), Point.__slots__)
attempt("set undeclared", lambda: setattr(p, "z", 1))
def assign_z():
    p.z = 5
attempt("assign undeclared", assign_z)
attempt("hasattr __dict__", lambda: hasattr(p, "__dict__"))
attempt("member repr", lambda: repr(Point.x))
attempt("member type", lambda: type(Point.y).__name__)
attempt("member name", lambda: Point.x.__name__)
del p.y
attempt("unset read", lambda: p.y)
attempt("hasattr unset", lambda: hasattr(p, "y"))
def del_twice():
    del p.y
attempt("del unset", del_twice)
p.y = 10
print(p.x, p.y, getattr(p, "y"))

class Tagged(Point):
    pass
t = Tagged(1, 2)
t.tag = "free"
print(t.x, t.tag, t.__dict__)

class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
attempt("subclass slots undeclared", lambda: setattr(q, "w", 0))
attempt("subclass hasattr __dict__", lambda: hasattr(q, "__dict__"))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.extra, w.__dict__)

class One:
    __slots__ = "only"
o = One()
o.only = "yes"
print(o.only)
attempt("string slots other", lambda: setattr(o, "other", 1))

try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

class Empty:
    __slots__ = ()
attempt("empty slots", lambda: setattr(Empty(), "a", 1))

class ClassVar:
    __slots__ = ("a",)
    kind = "constant"
cv = ClassVar()
print(cv.kind)
attempt("class attribute read-only", lambda: setattr(cv, "kind", "changed"))

class Base:
    pass
class SlotsOnPlainBase(Base):
    __slots__ = ("s",)
sp = SlotsOnPlainBase()
sp.anything = 1
print(sp.anything, sp.__dict__)

class ViaSuper:
    __slots__ = ("val",)
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
vs = ViaSuper()
vs.val = 21
print(vs.val)
attempt("super setattr undeclared", lambda: setattr(vs, "nope", 1))
attempt("object.__setattr__", lambda: object.__setattr__(p, "q", 1))

class WithProperty:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
wp = WithProperty()
wp.v = 9
print(wp.v, wp._v)

class Private:
    __slots__ = ("__secret", "shown")
    def __init__(self):
        self.__secret = 42
        self.shown = 1
    def reveal(self):
        return self.__secret
pr = Private()
print(pr.reveal(), pr._Private__secret, sorted(n for n in dir(Private) if "secret" in n))
class Listed:
    __slots__ = ["a", "b"]
li = Listed()
li.a, li.b = 1, 2
print(li.a + li.b, Listed.__slots__)
