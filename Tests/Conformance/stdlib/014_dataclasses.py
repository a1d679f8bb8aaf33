# dataclasses: generated __init__/__repr__/__eq__/order/hash, frozen, field options, InitVar, KW_ONLY, asdict/astuple/replace, inheritance.
from dataclasses import dataclass, field, FrozenInstanceError, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY, make_dataclass
from typing import ClassVar, List
@dataclass
class P:
    x: int
    y: int = 0
print(P(1), P(1, 2) == P(1, 2), P(1) == P(2), P.__hash__, P(3, y=4))
for call in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=3), lambda: P(1, x=2)]:
    try: call()
    except TypeError as e: print(e)
@dataclass(frozen=True)
class F:
    a: int
    b: str = "s"
try: F(1).a = 2
except FrozenInstanceError as e: print(repr(e), isinstance(e, AttributeError))
try: del F(1).a
except FrozenInstanceError as e: print(repr(e))
print(hash(F(1)) == hash((1, "s")), {F(1), F(1)})
try:
    @dataclass
    class B:
        a: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class C:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclass(order=True)
class O:
    prio: int
    name: str = field(compare=False)
print(sorted([O(3, "c"), O(1, "a"), O(2, "b")]), O(1, "x") < O(2, "y"), O(1, "a") == O(1, "b"))
try: O(1, "a") < 3
except TypeError as e: print(e)
@dataclass
class Inv:
    items: List[int] = field(default_factory=list)
    total: int = field(init=False, default=0)
    secret: str = field(repr=False, default="pw")
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.total = sum(self.items) * scale
i = Inv([1, 2, 3], scale=2)
print(i, i.total, Inv.count, [f.name for f in fields(Inv)], Inv().items is not Inv().items)
print(asdict(i), astuple(i), replace(i, items=[5], scale=3))
try: replace(i, total=3)
except ValueError as e: print(e)
print(is_dataclass(i), is_dataclass(Inv), is_dataclass(3))
@dataclass
class Line:
    a: P
    b: P
    tags: dict = field(default_factory=dict)
l = Line(P(1), P(2, 3), {"k": [P(0)]})
print(asdict(l), astuple(l))
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int
    c: int = 5
print(K(1, b=2), K.__match_args__)
try: K(1, 2)
except TypeError as e: print(e)
try: K(1)
except TypeError as e: print(e)
@dataclass
class Child(P):
    z: int = 9
print(Child(1, 2, 3), Child(1), [f.name for f in fields(Child)])
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(5)) == hash((5,)))
@dataclass
class Rec:
    child: object = None
r = Rec(); r.child = r
print(r)
M = make_dataclass("M", [("x", int), ("y", int, field(default=3))])
print(M(1), M(1, 2) == M(1, 2))
@dataclass
class WithRepr:
    a: int
    def __repr__(self): return "custom"
print(WithRepr(1), WithRepr.__init__.__qualname__)
print(fields(P)[0].name, fields(P)[0].type, fields(P)[1].default)
try: fields(3)
except TypeError as e: print(e)

# A dataclass as a thread-safe job record, the way concurrency code uses them.
import threading
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    done: bool = field(default=False, compare=False, repr=False)
jobs = sorted([Job(3, "write"), Job(1, "read"), Job(2, "parse")])
lock = threading.Lock()
results = []
def run(job):
    with lock:
        results.append(job.name)
threads = [threading.Thread(target=run, args=(j,)) for j in jobs]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(jobs, sorted(results))
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    def add(self, v):
        child = Node(v)
        self.children.append(child)
        return child
root = Node(1)
root.add(2).add(3)
print(root, asdict(root))
print(Node.__match_args__, Node.__dataclass_params__.order, Job.__dataclass_params__.order)
