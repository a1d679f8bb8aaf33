# The class machinery the stdlib modules rest on: metaclasses (__new__, __init__, __call__,
# dunders and attributes on classes), __init_subclass__ keywords, __set_name__, __mro_entries__,
# __new__ overrides, __delattr__, __instancecheck__/__subclasscheck__.
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        print("Registry.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Registry.__init__", name)

    def __call__(cls, *args, **kwargs):
        print("Registry.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __iter__(cls):
        return iter(sorted(k for k in vars(cls) if not k.startswith("_")))

    def __len__(cls):
        return len(list(iter(cls)))

    def __getitem__(cls, key):
        return getattr(cls, key)

    def __contains__(cls, key):
        return hasattr(cls, key)

    def __repr__(cls):
        return f"<registered {cls.__name__}>"

    @property
    def label(cls):
        return cls.__name__.lower()

    def describe(cls):
        return f"{cls.__name__} with {len(cls)} public names"

class Plugin(metaclass=Registry, version=1):
    a = 1
    b = 2
    def __init__(self, x):
        self.x = x
    def __init_subclass__(cls, **kw):
        print("__init_subclass__", cls.__name__, kw)

class Child(Plugin, version=2):
    c = 3

print(Registry.classes, list(Plugin), len(Child), Plugin["a"], "b" in Plugin, "zz" in Plugin, repr(Child))
print(Plugin.label, Child.describe(), type(Child) is Registry, isinstance(Plugin, Registry), Child(5).x)
print(type(Plugin).__name__, Plugin.__class__ is Registry, issubclass(Registry, type), str(Plugin))

def as_dict_class(name, bases, ns):
    return dict(ns, made_by="function")
class NotAClass(metaclass=as_dict_class):
    x = 1
print(sorted(k for k in NotAClass if not k.startswith("__")), NotAClass["made_by"])

class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
class Model:
    id = Field()
    title = Field()
print(Model.id.name, Model.title.name)

class Wrapper:
    def __init__(self, cls):
        self.cls = cls
    def __mro_entries__(self, bases):
        return (self.cls,)
class Base:
    greeting = "hi"
class Derived(Wrapper(Base)):
    pass
print(Derived.__bases__, Derived.greeting, len(Derived.__orig_bases__), type(Derived.__orig_bases__[0]).__name__)

class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("made one")
        return cls._instance
    def __init__(self, value):
        self.value = value
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(NotMine())

class Guarded:
    def __init__(self):
        self.keep = 1
        self.drop = 2
    def __delattr__(self, name):
        if name == "keep":
            raise AttributeError(f"cannot delete {name}")
        print("deleting", name)
        object.__delattr__(self, name)
g = Guarded()
del g.drop
try:
    del g.keep
except AttributeError as e:
    print("AttributeError", e)
print(sorted(vars(g)))

class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even), issubclass(bool, Even), issubclass(int, Even))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
print("%s and %s" % (Money(150), Money(5) + Money(20)), "%r" % [1])

class Bag:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        return 2
d = {}
kept = d.setdefault("bag", Bag())
print(type(kept).__name__, type(d.get("missing", Bag())).__name__, sorted(set([0]).union(Bag())), list(Bag()))

try:
    class A(metaclass=Registry): pass
    class OtherMeta(type): pass
    class B(metaclass=OtherMeta): pass
    class C(A, B): pass
except TypeError as e:
    print("TypeError", e)

class Upper(type):
    def __setattr__(cls, name, value):
        print("Upper.__setattr__", name, value)
        super().__setattr__(name, value.upper())
class Shouty(metaclass=Upper):
    pass
Shouty.word = "abc"
print(Shouty.word)
