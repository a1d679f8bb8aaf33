from collections import defaultdict, Counter
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd)
print(dict(dd), dd["z"], len(dd), "z" in dd)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
c = Counter("mississippi")
print(c, c["s"], c["z"])
print(c.most_common(2), sorted(c.elements())[:5])
c2 = Counter(["a", "b", "a"])
c2.update(["a", "c"])
print(c2, c2.total())
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5))
print(Counter({"x": 2}) == Counter(x=2), list(Counter("cab").keys()))
c3 = Counter(a=2); c3.subtract(a=5); print(c3, +c3)
print(dd.default_factory.__name__, type(c).__name__)
