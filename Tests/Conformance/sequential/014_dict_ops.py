d = {"a": 1, "b": 2}
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
d["c"] = 3; print(d)
d["a"] = 10; print(d)
print("a" in d, "z" in d, 10 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("b"), d.pop("zz", "none"), d)
print(d.setdefault("x", []), d)
d.update({"y": 5}, z=6); print(d)
print(d.popitem(), d)
del d["x"]; print(d)
e = dict(a=1, b=2)
print(e, dict([("k", "v"), ("k2", "v2")]), dict(zip("ab", [1, 2])))
print(dict.fromkeys(["p", "q"], 0))
print({**e, "c": 3}, e | {"a": 9})
print({1: "int", 1.0: "float", True: "bool"})
for k, v in e.items():
    print(k, "->", v)
try:
    e["missing"]
except KeyError as err:
    print("KeyError:", err)
print({(1, 2): "tuple key"}[(1, 2)], {} == dict(), {"a": 1} == {"a": 1})
copy = e.copy(); copy["a"] = 100; print(e, copy)
e.clear(); print(e)
