# pprint: one line when it fits, else CPython's layout; width, indent, depth, compact, sort_dicts.
import io
import pprint
from dataclasses import dataclass, field

state = {
    "name": "worker-pool",
    "threads": [{"id": i, "state": "running" if i % 2 else "blocked", "locks": ["a", "b"][:i % 3]} for i in range(4)],
    "stats": (1, 2, 3),
    "tags": {3, 1, 2},
    "empty": {},
    "nested": [[1, 2, [3, 4, [5, 6]]]] * 3,
}
pprint.pprint(state)
pprint.pprint(state, width=40, indent=2)
pprint.pprint(state, depth=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(30)))
pprint.pprint(list(range(30)), width=30, compact=True)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pp({"z": 1, "a": [1] * 30, "long": "word " * 30})
pprint.pprint(("x" * 50, "y" * 50))
pprint.pprint(("only",) * 1)
pprint.pprint([("t" * 40,)], width=30)
pprint.pprint({"key%d" % i: list(range(i)) for i in range(8)})
pprint.pprint("line one\nline two is quite a bit longer than the first one and goes on and on and on\n")
pprint.pprint(["a short line", "a much longer string that will certainly need to be split over lines " * 2])
pprint.pprint(frozenset(range(30)))
pprint.pprint(set(range(25)), width=20)
pprint.pprint({(1, 2): [None, True, 1.5], (0, 9): "tuple keys"}, width=30)
pprint.pprint({1: "int", "a": "str"}, width=10)
pprint.pprint([[]] * 3 + [{}, (), set()], width=10)
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint(list(range(20)), indent=4, width=20)

loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(pprint.isrecursive(loop), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
print(pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.saferepr("s"))
print(pprint.pformat(loop).startswith("[1, 2, <Recursion on list with id="))

out = io.StringIO()
printer = pprint.PrettyPrinter(width=20, stream=out)
printer.pprint({"alpha": 1, "beta": [2, 3, 4, 5, 6, 7]})
print(out.getvalue(), end="")
print(printer.pformat([1, 2]), printer.isreadable({"a": 1}))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print("ValueError", e)

# Dataclasses with their generated repr are laid out field by field (3.10+).
from dataclasses import dataclass, field
@dataclass
class Task:
    name: str
    deps: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    secret: str = field(default="x", repr=False)
t = Task("build-the-whole-project", ["fetch-sources", "configure", "compile-objects"], {"owner": "ann", "priority": 3, "tags": ["ci", "nightly"]})
pprint.pprint(t)
pprint.pprint([t, Task("small")], width=60)
pprint.pprint(Task("x"))
@dataclass
class Custom:
    a: list
    def __repr__(self): return "Custom(...)" + "!" * 90
pprint.pprint(Custom([1]))
