d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(d)
print(list(d))
d["apple"] = 0
print(list(d))
del d["zebra"]
d["zebra"] = 9
print(list(d.items()))
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(max(counts, key=counts.get))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print(list(reversed(d)), next(iter(d)))
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested)
