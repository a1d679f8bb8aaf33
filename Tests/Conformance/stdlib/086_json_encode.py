# json.dumps and JSONEncoder: every option, iterencode's chunks, keys of other types,
# int/float subclasses and enums, and the errors with CPython's messages.
import json, enum
from collections import OrderedDict


class Color(enum.IntEnum):
    RED = 1
    BLUE = 2


class Ratio(float):
    def __repr__(self):
        return "Ratio!"


class Name(str):
    pass


class Count(int):
    def __repr__(self):
        return "Count!"


print(json.dumps({Color.RED: Color.BLUE, 2.5: Ratio(1.5), Name("k"): Name("v"), None: 1,
                  False: 0, True: -1, 10**30: -10**30, Count(7): Count(8), 0.1: 1e-7}))
print(json.dumps([1.0, 1e16, -1e-7, 123456789.125, -0.0, 1e300, 2**63, -2**64, 5e-324]))
print(json.dumps("\u2028\x7f\x1b\x00 \U0001F600 \u00e9 /"), json.dumps("\u2028\x7f\x1b \U0001F600", ensure_ascii=False))
print(json.dumps({"é": ["ü"]}, ensure_ascii=False), json.dumps(Name("plain")), json.dumps(""))
print(json.dumps([1, [2, [3, []]], {}], indent="->"))
print(json.dumps({"b": 1, "a": {"d": [], "c": {}}}, indent=3, sort_keys=True))
print(json.dumps([1, {"a": 2}], indent=0), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps([1, 2], separators=(";", "=")), json.dumps({"a": 1, "b": [2]}, indent=2, separators=(", ", " = ")))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":"), sort_keys=True), json.dumps((1, (2, 3)), indent=1))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps({(1,): 1, "a": 2, (2,): 3, "b": 4}, skipkeys=True))
enc = json.JSONEncoder()
print(repr(enc.item_separator), repr(enc.key_separator), enc.indent, enc.skipkeys, enc.ensure_ascii,
      enc.check_circular, enc.allow_nan, enc.sort_keys)
enc = json.JSONEncoder(indent=4)
print(repr(enc.item_separator), repr(enc.key_separator), repr(enc.indent))
print(list(json.JSONEncoder().iterencode({"a": 1, "b": [1, 2, {}], "c": {"d": None}, "e": []})))
print(list(json.JSONEncoder(indent=2).iterencode({"a": 1, "b": [1, "x", [3]], "c": {"d": None}})))
print(list(json.JSONEncoder().iterencode([1, "s", [], {"k": 2.5}, True, [None]])))
print(list(json.JSONEncoder().iterencode("x")), list(json.JSONEncoder().iterencode(5)))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 1, "a": 2, (3,): 4, "b": 5})))
print(list(json.JSONEncoder(default=lambda o: [1]).iterencode({"a": {1, 2}, "b": [set()]})))
print(json.dumps([float("nan"), float("inf"), -float("inf")]), json.dumps({float("nan"): 1, float("-inf"): 2}))

for indent in [None, 1]:
    for bad in [[float("nan")], {float("inf"): 1}, [-float("inf")], {(1, 2): 3}, {"a": {1}},
                [object()], b"x", {"k": [1, 2, Ratio(3) * 0 + float("nan")]}, {frozenset(): 1}]:
        try:
            print(json.dumps(bad, allow_nan=False, indent=indent))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    loop = []
    loop.append(loop)
    mapping = {}
    mapping["self"] = [mapping]
    for o in [loop, mapping]:
        try:
            print(json.dumps(o, indent=indent))
        except ValueError as e:
            print("ValueError", e)
    shared = [1]
    print(json.dumps([shared, shared, {"x": shared}], indent=indent))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.JSONEncoder().default(3)
except TypeError as e:
    print("TypeError", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1}], cls=PointEncoder), PointEncoder(sort_keys=True, indent=1).encode({"p": Point(0, 0)}))
print(json.dumps(Point(5, 6), default=vars), json.dumps([Point(1, 1)], default=lambda o: "P(%d)" % o.x))


class Selfish:
    pass


def back_to_self(o):
    return o


try:
    json.dumps(Selfish(), default=back_to_self)
except ValueError as e:
    print("ValueError", e)


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


class Chunky(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield "<"
        yield from super().iterencode(o, _one_shot)
        yield ">"


print(json.dumps({"a": "b"}, cls=Upper), json.dumps([1, 2], cls=Chunky), Chunky().encode("str"))
print(json.dumps(True), json.dumps(None), json.dumps([True, False, None]), json.JSONEncoder().encode("x\n"))
