# list.append and dict.get called as methods (the interpreter's direct path for them) must
# behave exactly as the general call: results, growth of big containers, errors, overrides.
L = [1]
L.append(2)
print(L, L.append(3), L)
d = {"a": 1, 2: "two", (1, 2): "t"}
print(d.get("a"), d.get("b"), d.get("b", 5), d.get(2), d.get((1, 2)), d.get(3, "x"))


class MyDict(dict):
    def get(self, k, default=None):
        return ("mine", k)


print(MyDict().get("a"))
f = L.append
f(9)
list.append(L, 8)
print(L, dict.get(d, "a"), type(L.append).__name__, L.append.__name__)

for attempt in range(8):
    try:
        if attempt == 0: L.append(1, 2)
        if attempt == 1: L.append()
        if attempt == 2: d.get()
        if attempt == 3: d.get(1, 2, 3)
        if attempt == 4: d.get(key="a")
        if attempt == 5: (1,).append(2)
        if attempt == 6: d.get([1])
        if attempt == 7: L.append(x=1)
    except Exception as e:
        print(attempt, type(e).__name__, e)


class Key:
    def __hash__(self):
        return hash("a")

    def __eq__(self, other):
        return other == "a"


print(d.get(Key()), {Key(): 1}.get("a"))

big = []
table = {}
for i in range(100_000):
    big.append(i)
    table[str(i % 1000)] = table.get(str(i % 1000), 0) + i
print(len(big), big[-3:], len(table), table.get("999"), table.get("1000", -1))

shared = []
alias = shared
for i in range(3):
    alias.append(i)
print(shared, shared is alias)
