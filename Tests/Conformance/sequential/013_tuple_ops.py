t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[::-1], t + (4,), t * 2)
print((), (1,), type((1,)).__name__, type((1)).__name__)
print(t.index(2), t.count(3), 2 in t)
a, b, c = t
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9))
nested = ((1, 2), (3, 4))
for u, v in nested:
    print(u * v)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)))
print(repr((1, "a", None)), str(("x",)))
print(max((3, 9, 2)), sum((1, 2, 3)))
