g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "abc" if x != "b"))
print(tuple(i * 2 for i in range(3)), set(i % 2 for i in range(6)))
print(dict((k, k * 2) for k in range(3)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def source():
    for i in range(3):
        print("producing", i)
        yield i
lazy = (v * 10 for v in source())
print("created")
for v in lazy:
    print("got", v)
print(", ".join(str(n) for n in range(4)))
nested = ((i, j) for i in range(2) for j in "ab")
print(list(nested))
it = iter(range(3))
print(sorted((x for x in it), reverse=True))
try:
    next(x for x in [])
except StopIteration:
    print("StopIteration from empty genexpr")
