# match: mapping patterns (literal and dotted keys, **rest, extra keys allowed), which subjects
# are mappings (dict, OrderedDict, defaultdict, Counter; not lists of pairs); ends in an error.
from collections import OrderedDict, defaultdict, Counter


class Keys:
    NAME = "name"


def read(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {Keys.NAME: name}:
            return f"named {name}"
        case {1: one, -2: minus_two, None: nothing, "t": t}:
            return f"odd keys {one} {minus_two} {nothing} {t}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


for m in [{"type": "point", "x": 1, "y": 2},
          {"type": "point", "x": 1},
          {"type": "circle", "r": 3, "color": "red", "z": 0},
          {"name": "n", "other": 1},
          {1: "a", -2: "b", None: "c", "t": "d"},
          {"q": 1},
          {},
          OrderedDict(name="od"),
          Counter("mississippi"),
          [("name", "pairs")],
          "name",
          None]:
    print(read(m))

# A defaultdict is read through get(): matching adds no entries.
dd = defaultdict(list)
match dd:
    case {"missing": v}:
        print("never")
    case {}:
        print("defaultdict untouched:", dict(dd))

# **rest is a new dict of the keys not named, in order.
match {"a": 1, "b": 2, "c": 3, "d": 4}:
    case {"c": c, "a": a, **rest}:
        print(a, c, rest)
match OrderedDict(x=1, y=2):
    case {"x": 1, **rest}:
        print(type(rest).__name__, rest)
match {"only": 1}:
    case {**everything}:
        print(everything)

# Values are matched against sub-patterns of any kind.
match {"points": [(0, 0), (1, 2)], "meta": {"tag": "t"}}:
    case {"points": [(0, 0), (x, y)], "meta": {"tag": str(tag)}}:
        print("nested", x, y, tag)

# Two keys that are equal at run time (a dotted name and a literal) are an error.
class Dup:
    KEY = "a"

match {"a": 1, "b": 2}:
    case {Dup.KEY: x, "a": y}:
        print("never")
