first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(x, *ys), q = [10, 20, 30], "q"
print(x, ys, q)
head, *tail = "x"
print(head, tail)
for k, *vs in [(1, 2, 3), (4,)]:
    print(k, vs)
print([*range(3), *"ab"], (*[1], 2), {*"aa", 1} == {"a", 1})
print({**{"a": 1}, **{"b": 2}})
def pair():
    return 1, 2
p, r = pair()
print(p, r)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
