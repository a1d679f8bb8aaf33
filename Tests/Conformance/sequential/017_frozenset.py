f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f)
print(frozenset(), type(f).__name__)
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g)
print(type(f | {9}).__name__, type({9} | f).__name__)
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
print(f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(sorted(f.union([10, 0])))
