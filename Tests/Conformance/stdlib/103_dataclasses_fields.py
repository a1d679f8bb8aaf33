# dataclasses: field order across inheritance (overrides keep the base's position), KW_ONLY
# and kw_only=, the generated __init__'s argument errors, __doc__ from the signature, Field
# and params reprs, hash rules, frozen inheritance errors, replace/asdict details, and the
# decorator's own errors.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         KW_ONLY, InitVar, FrozenInstanceError, MISSING)
from typing import ClassVar, Optional
from collections import namedtuple


@dataclass
class Base:
    x: int
    y: int = 1
    tags: list = field(default_factory=list, repr=False)


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10


print([f.name for f in fields(Derived)], Derived(), Derived(1, 2, [3], 4))
print(Base.__doc__, "|", Derived.__doc__)
print(Derived.__match_args__, Derived.__init__.__qualname__, Derived.__repr__.__qualname__)


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
    name: str = field(default="n", kw_only=False)


print(Opts(level=3), Opts("m", level=1), Opts.__match_args__, Opts.__doc__)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: Optional[int] = None
    d: ClassVar[int] = 7
    e: InitVar[str] = "e"

    def __post_init__(self, e):
        self.seen = e


m = Mixed(1, b=2, e="E")
print(m, m.seen, Mixed.d, Mixed.__doc__, [f.name for f in fields(Mixed)])
for label, call in [("no args", lambda: Mixed()),
                    ("positional b", lambda: Mixed(1, 2)),
                    ("missing b", lambda: Mixed(1)),
                    ("dup a", lambda: Mixed(1, a=2, b=3)),
                    ("unknown", lambda: Mixed(1, b=2, q=3)),
                    ("base none", lambda: Base()),
                    ("base many", lambda: Base(1, 2, 3, 4)),
                    ("derived many", lambda: Derived(1, 2, 3, 4, 5)),
                    ("opts missing", lambda: Opts())]:
    try:
        call()
    except TypeError as e:
        print(label, "|", e)


@dataclass
class Three:
    a: int
    b: int
    c: int


try:
    Three()
except TypeError as e:
    print(e)
try:
    Three(1, 2, 3, 4)
except TypeError as e:
    print(e)

f = fields(Base)[2]
print(f.name, f.type, f.default is MISSING, f.default_factory, f.repr, f.hash, f.compare, f.kw_only, f.metadata)
print(field(metadata={"unit": "s"}).metadata["unit"], Base.__dataclass_params__)


@dataclass(eq=True, frozen=True)
class Point:
    x: int
    y: int = field(hash=False, default=0)
    label: str = field(compare=False, default="")


print(hash(Point(1, 2)) == hash(Point(1, 3)), Point(1, 2, "a") == Point(1, 2, "b"), Point(1) < Point(2) if False else "")


@dataclass
class KeepsHash:
    a: int

    def __hash__(self):
        return 99


@dataclass(eq=False)
class NoEq:
    a: int


print(hash(KeepsHash(1)), NoEq.__hash__ is object.__hash__, "__eq__" in NoEq.__dict__)
for label, make in [
        ("order without eq", lambda: dataclass(order=True, eq=False)(type("O", (), {"__annotations__": {"a": int}}))),
        ("unsafe with hash", lambda: dataclass(unsafe_hash=True)(type("H", (), {"__annotations__": {"a": int}, "__hash__": lambda s: 1}))),
        ("order overwrite", lambda: dataclass(order=True)(type("L", (), {"__annotations__": {"a": int}, "__lt__": lambda s, o: 1}))),
        ("both defaults", lambda: field(default=1, default_factory=list)),
        ("no annotation", lambda: dataclass(type("N", (), {"f": field(default=1)}))),
        ("classvar factory", lambda: dataclass(type("CV", (), {"__annotations__": {"c": ClassVar[int]}, "c": field(default_factory=int)}))),
        ("mutable dict", lambda: dataclass(type("MD", (), {"__annotations__": {"d": dict}, "d": {}}))),
        ("mutable set", lambda: dataclass(type("MS", (), {"__annotations__": {"s": set}, "s": set()}))),
        ("make invalid", lambda: make_dataclass("Bad", ["ok", "not ok"])),
        ("make keyword", lambda: make_dataclass("Bad", ["def"])),
        ("make dup", lambda: make_dataclass("Bad", ["a", ("a", int)])),
        ("make shape", lambda: make_dataclass("Bad", [("a",)])),
        ("fields of int", lambda: fields(int)),
        ("asdict of class", lambda: asdict(Base)),
        ("astuple of int", lambda: astuple(3)),
        ("replace of str", lambda: replace("s"))]:
    try:
        make()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, "|", e)


@dataclass(frozen=True)
class Frozen:
    a: int


try:
    @dataclass
    class Thawed(Frozen):
        b: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class Refrozen(Base):
        pass
except TypeError as e:
    print(e)


class Plain(Frozen):
    pass


p = Plain(1)
p.extra = 2
print(p.extra)
try:
    p.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)

Pair = namedtuple("Pair", "left right")


@dataclass
class Holder:
    pair: Pair
    items: dict
    nested: tuple


h = Holder(Pair(Base(1), [Base(2)]), {"k": Base(3)}, (Base(4),))
print(asdict(h))
print(astuple(h))
print(asdict(Base(1, 2, [3]), dict_factory=lambda kv: [k for k, _ in kv]))


@dataclass
class WithInit:
    a: int
    b: int = field(init=False, default=9)
    c: list = field(init=False, default_factory=list)
    k: InitVar[int] = None

    def __post_init__(self, k):
        self.k_seen = k


w = WithInit(1, k=5)
print(w, w.k_seen, replace(w, a=2, k=6).k_seen)
try:
    replace(w, b=1)
except ValueError as e:
    print(e)


@dataclass
class NeedsVar:
    v: InitVar[int]

    def __post_init__(self, v):
        self.got = v


try:
    replace(NeedsVar(1))
except ValueError as e:
    print(e)
M = make_dataclass("M", ["a", ("b", int), ("c", list, field(default_factory=list))],
                   namespace={"total": lambda self: self.b + len(self.c)}, frozen=True)
print(M(0, 2, [1]).total(), M.__doc__, M(1, 2), hash(M(1, 2, ())) == hash((1, 2, ())))
