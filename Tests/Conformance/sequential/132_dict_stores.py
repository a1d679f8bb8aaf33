# Dict stores (d[k] = v and dict comprehensions) whose keys collide across kinds, replace
# existing keys, or land in tables that have lost keys: the order, the kept key object and
# the values must be CPython's.

d = {True: "bool"}
d[1] = "int"            # 1 == True: the key stays True
d[1.0] = "float"
print(d)

e = {1.0: "x"}
e[1] = "y"              # the float key is kept
print(e, type(list(e)[0]).__name__)

# -1 hashes as -2: two keys, one hash
f = {}
f[-1] = "minus one"
f[-2] = "minus two"
f[-1] = "again"
print(f, hash(-1) == hash(-2))

# ints equal modulo 2**61 - 1 share a hash but are different keys
m = 2**61 - 1
g = {}
g[1] = "one"
g[m + 1] = "big"
g[1] = "one again"
print(g)

# a str key equal to an existing one but built at run time
h = {"name": 1}
key = "".join(["na", "me"])
h[key] = 2
print(h, len(h))

# many keys (the index table), deletions, then stores into the holes
big = {}
for i in range(40):
    big[i] = i * i
for i in range(0, 40, 3):
    del big[i]
for i in range(0, 40, 6):
    big[i] = -i
print(len(big), list(big.items())[:8], list(big)[-5:])

# comprehensions: duplicate keys keep the first key's position and the last value
comp = {k % 4: str(k) for k in range(10)}
print(comp)
comp2 = {(k > 2): k for k in range(5)}
print(comp2)
strs = {s: len(s) for s in ["a", "bb", "a", "ccc", "bb"]}
print(strs)

# a user key with __eq__ and __hash__ colliding with an int


class Same:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("eq called")
        return other == self.n


u = {Same(5): "user"}
u[5] = "int"
print(len(u), list(u.values()))

# an unhashable key still raises
try:
    bad = {}
    bad[[1]] = 2
except TypeError as exc:
    print("TypeError:", exc)
try:
    {k: 1 for k in [[1]]}
except TypeError as exc:
    print("TypeError:", exc)

# module globals written through globals()
globals()["made_here"] = 42
print(made_here)
