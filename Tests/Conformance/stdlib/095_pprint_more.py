# pprint beyond the basics: bytes and bytearray wrapping, depth, compact, indent, mixed keys,
# subclasses, recursion, format() overrides, streams, errors and dataclass cycles.
import io
import pprint
import sys
from dataclasses import dataclass, field

blob = bytes(range(48))
pprint.pprint(blob)
pprint.pprint(blob, width=30)
pprint.pprint([blob[:10], b"abcd", b""], width=20)
pprint.pprint(bytearray(b"the quick brown fox jumps over the lazy dog " * 2), width=40)
pprint.pprint({"payload": b"x" * 70}, width=50)
pprint.pprint("a" * 100)
pprint.pprint("word " * 25, width=40)
pprint.pprint(["nested " * 12], width=30)
pprint.pprint("first line\n" * 3 + "no newline at the end", width=20)

deep = {"a": [1, {"b": (2, [3, {"c": 4}])}], "z": {"y": {"x": {}}}}
for depth in (1, 2, 3):
    print(pprint.pformat(deep, depth=depth))
pprint.pprint(deep, width=12)
pprint.pprint(deep, width=12, indent=3)
pprint.pprint([list(range(12))] * 3, width=40, compact=True)
pprint.pprint([[1, 2], "a long string that will not fit", 3, 4, 5, 6, 7, 8], width=24, compact=True)
pprint.pprint({(1, "a"): 1, 3: "three", "b": 2, 2.5: None, None: 0}, width=20)
pprint.pprint({5: 1, 1: 2, -3: 3, 10 ** 20: 4}, underscore_numbers=True)
pprint.pprint([10 ** 12, -(10 ** 9), 7, True], underscore_numbers=True, width=20)
pprint.pprint((1,), width=1)
pprint.pprint(((((((1, 2),),),),),), width=5)


class Registry(dict):
    pass


class Items(list):
    pass


class Fancy(list):
    def __repr__(self):
        return "Fancy!"


class Label(str):
    pass


pprint.pprint(Registry({i: "value %d" % i for i in range(6)}), width=30)
pprint.pprint(Items(range(25)), width=30)
pprint.pprint(Fancy(range(50)), width=10)
pprint.pprint(Label("label " * 20), width=40)
pprint.pprint(frozenset({"x"}), width=3)

class Bag(set):
    pass
pprint.pprint(Bag(range(20)), width=30)

ring = [1, 2]
ring.append(ring)
table = {"k": 1}
table["me"] = table
print(pprint.saferepr(ring).replace(str(id(ring)), "ID"))
print(pprint.pformat(table, width=10).replace(str(id(table)), "ID"))
print(pprint.isrecursive(ring), pprint.isreadable(ring), pprint.isrecursive([ring]), pprint.isreadable([[1], (2,)]))
print(pprint.isreadable({"a": object()}), pprint.isreadable(3.5), pprint.saferepr([1, (2,), {3: 4}]))
printer = pprint.PrettyPrinter(depth=1)
print(printer.isreadable([[1]]), printer.isrecursive([[1]]), printer.pformat([[1], {2: 3}, (4,)]))


class Hide(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str) and object.startswith("secret"):
            return "'***'", False, False
        return super().format(object, context, maxlevels, level)


Hide(width=30).pprint({"user": "ann", "password": "secret-1", "tokens": ["secret-2", "public"]})
print(Hide().isreadable(["secret"]))

captured = io.StringIO()
saved = sys.stdout
sys.stdout = captured
late = pprint.PrettyPrinter()
sys.stdout = saved
late.pprint("went to the stream of the moment the printer was made")
print(repr(captured.getvalue()))
pprint.pprint({"b": 1, "a": 2}, stream=sys.stdout, sort_dicts=False)
pprint.pp({"b": [1] * 30, "a": 2}, width=40)
print(pprint.pformat(list(range(10)), width=-5) == "\n".join(["[0,"] + [" %d," % i for i in range(1, 9)] + [" 9]"]))
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
print(pprint.pformat([1, 2], indent="2", width=3.9))


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: object = None


root = Node("root-node-with-a-long-name")
root.children = [Node("child-%d" % i, parent=root) for i in range(2)]
pprint.pprint(root, width=40)
pprint.pprint(Node("n"), width=5)
