# abc: abstract methods block instantiation until every one is implemented.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class HalfDone(Shape):
    def area(self):
        return 0

print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)

class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

class Worker(Named):
    @property
    def name(self):
        return "worker-1"
    @classmethod
    def make(cls):
        return cls()

print(sorted(Named.__abstractmethods__), Worker.make().name, isinstance(Worker(), Named))
try:
    Named()
except TypeError as e:
    print("TypeError", e)

class Base(ABC):
    def __init__(self, value):
        self.value = value
    @abstractmethod
    def run(self):
        ...
class Impl(Base):
    def run(self):
        return self.value * 2
print(Impl(21).run(), issubclass(Impl, Base), issubclass(Impl, ABC))
print(getattr(Base.run, "__isabstractmethod__", False), getattr(Impl.run, "__isabstractmethod__", False))

# ABCMeta as an explicit metaclass; register() and __subclasshook__ for virtual subclasses.
class MBase(metaclass=ABCMeta):
    @abstractmethod
    def go(self): ...
class MImpl(MBase):
    def go(self): return "went"
print(MImpl().go(), type(MBase).__name__, isinstance(MImpl(), MBase))
try:
    MBase()
except TypeError as e:
    print(e)
class Plug(ABC):
    pass
class Other:
    pass
Plug.register(Other)
print(isinstance(Other(), Plug), issubclass(Other, Plug), issubclass(int, Plug), isinstance(3, Plug))
@Plug.register
class Third: pass
print(issubclass(Third, Plug))
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, '__len__')
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
