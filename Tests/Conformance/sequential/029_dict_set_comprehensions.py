print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({w: len(w) for w in ["one", "three", "five"]})
print({x % 4 for x in range(20)})
print(sorted({c for c in "mississippi"}))
print({(i, j): i * j for i in range(2) for j in range(2)})
orig = {"a": 1, "b": 2}
print({v: k for k, v in orig.items()})
print({k: [n for n in range(k)] for k in range(4)})
print({i: ("odd" if i % 2 else "even") for i in range(5)})
s = {n * n for n in range(-3, 4)}
print(sorted(s), len(s))
print({**{x: 0 for x in range(3)}, 1: "one"})
