# Small dicts (up to five entries) are scanned instead of hashed through an index table:
# lookups, deletions, reinsertion, growth and __eq__ order must all look as in CPython.


class Key:
    """A key whose hash is chosen, and whose comparisons are logged."""

    log = []

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.log.append((self.name, getattr(other, "name", other)))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name})"


# Same-hash keys are compared in insertion order; other hashes are never compared.
a, b, c, d = Key("a", 7), Key("b", 7), Key("c", 3), Key("d", 7)
t = {a: 1, c: 2, b: 3}
print(t[Key("b", 7)], Key.log)
Key.log.clear()
print(Key("zz", 7) in t, Key.log)
Key.log.clear()
del t[a]
t[d] = 4
print(t[Key("d", 7)], Key.log, list(t))
Key.log.clear()

# A deleted key of another hash leaves a slot that a later same-hash key takes first.
p0, e1, e2, e3 = Key("p", 0), Key("e1", 8), Key("e2", 8), Key("e3", 8)
u = {p0: 0, e1: 1, e2: 2}
del u[p0]
u[e3] = 3
Key.log.clear()
print(u[Key("e3", 8)], Key.log)
Key.log.clear()
v = {e1: 1, e2: 2}
del v[e1], v[e2]
v[e3] = 3
v[e1] = 1
print(v[Key("e1", 8)], Key.log, list(v))
Key.log.clear()

# None as a key next to deleted entries.
n = {None: 1, "x": 2}
del n[None]
print(None in n, n.get(None, "absent"), n)
n[None] = 5
print(n, len(n))

# Deleting and reinserting keeps insertion order; the table compacts past five entries.
s = {}
for i in range(5):
    s[f"k{i}"] = i
for i in range(0, 5, 2):
    del s[f"k{i}"]
s["k0"] = "again"
s["new"] = 9
s["more"] = 10
print(s, len(s))
for i in range(6, 12):
    s[f"k{i}"] = i
print(list(s), s["k3"], s.get("k2"))

# popitem, clear, setdefault and equality on small dicts.
p = {"a": 1, "b": 2, "c": 3}
print(p.popitem(), p, p.setdefault("z", 26), p)
p.clear()
p["q"] = 1
print(p, p == {"q": 1}, {1: "x", 2: "y"} == {2: "y", 1: "x"})

# Mixed key kinds that hash alike: 1, 1.0 and True are one key.
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m, {1.5: 0, "1.5": 1}, {(1, 2): "t", frozenset({1}): "f"}[(1, 2)])

# Instance attributes live in small dicts too.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pt = Point(1, 2)
pt.z = 3
del pt.x
pt.x = 4
print(vars(pt), pt.x, hasattr(pt, "w"))
for name in "abcdefgh":
    setattr(pt, name, name.upper())
print(len(vars(pt)), pt.h, list(vars(pt))[:4])
try:
    {}[Key("missing", 1)]
except KeyError as e:
    print("KeyError", e)
