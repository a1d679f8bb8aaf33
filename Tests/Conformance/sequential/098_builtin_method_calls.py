# Built-in methods of built-in objects called as methods (the interpreter pushes the method
# of the class and the receiver, and calls it on the receiver directly) must behave exactly
# as the general call: results, keywords, errors, class-level methods, decorator calls.
s = "Hello, World"
print(s.upper(), s.lower(), s.split(", "), s.split(sep=","), s.replace("l", "L", 2))
print(s.startswith("He"), s.find("o"), s.count("l"), "-".join(["a", "b"]), s.encode())
L = [3, 1, 2]
print(L.pop(), L.pop(0), L, L.index(1), L.count(1), L.copy())
L.extend([5, 4])
L.sort(key=lambda x: -x)
print(L, L.insert(0, 9), L, L.remove(9), L)
L.sort(reverse=True)
print(L)
d = {"a": 1, "b": 2}
print(d.items(), list(d.keys()), list(d.values()), d.pop("a"), d.setdefault("c", 3), d)
print(d.fromkeys("xy", 0), {}.fromkeys([1, 2]), bytes.fromhex("41 42"), b"AB".fromhex("43"))
t = (1, 2, 1)
print(t.count(1), t.index(2))
st = {1, 2}
st.add(3)
print(st, st.union({4}), frozenset([1]).union([2]), st.issubset({1, 2, 3, 4}))
print(b"a,b".split(b","), b"abc".upper(), "x".zfill(3), "%s" % "y".center(3, "*"))

# Wrong argument counts: CPython's messages (three styles), never a crash.
for attempt in range(16):
    try:
        if attempt == 0: L.pop(1, 2)
        if attempt == 1: [].pop()
        if attempt == 2: d.pop("zz")
        if attempt == 3: "a".upper(1)
        if attempt == 4: L.index(99)
        if attempt == 5: L.sort(1)
        if attempt == 6: d.items(x=1)
        if attempt == 7: (1,).count()
        if attempt == 8: d.pop()
        if attempt == 9: {}.pop(1, 2, 3)
        if attempt == 10: "a".count()
        if attempt == 11: [].insert(1)
        if attempt == 12: st.pop(1)
        if attempt == 13: "a".strip(1, 2)
        if attempt == 14: list.append([])
        if attempt == 15: list.pop(5)
    except Exception as e:
        print(attempt, type(e).__name__, e)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value


t = Temperature()
t.celsius = 21
print(t.celsius)

registry = []


@registry.append
def handler():
    pass


print(handler, registry[0].__name__)

for attempt in range(2):
    try:
        if attempt == 0:
            @dict.fromkeys
            def g():
                pass
        if attempt == 1:
            @str.upper
            def h():
                pass
    except Exception as e:
        print("decorator", attempt, type(e).__name__, e)

names = ["b", "a"]
sort = names.sort
sort()
print(names, str.upper("q"), list.pop([1, 2]), dict.get({"k": 1}, "k"))
