print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([v for row in matrix for v in row])
print([c.upper() for c in "hey" if c != "e"])
print([f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()])
x = "outer"
print([x for x in range(2)], x)
print([(lambda: i)() for i in range(3)])
print([n if n % 2 else "even" for n in range(5)])
words = ["apple", "bob", "kayak", "level", "moon"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words], sum(len(w) for w in words))
print([i for i in []], [[]] * 2)
