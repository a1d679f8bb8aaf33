a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a, b, len(a))
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({9}), a.issubset(range(10)))
s = set()
print(s, type(s).__name__, set([3, 1, 3, 2]))
s.add(5); s.add(5); s.add(1); print(s)
s.update([7, 8]); print(sorted(s))
s.discard(99); s.remove(7); print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {1, 5, 8}, len(s))
print(3 in a, 9 not in a)
print({x % 3 for x in range(10)})
print(sorted({"pear", "fig", "apple"}))
print({1, 2} == {2, 1}, {1} == [1])
print(set(range(5)) - {0, 4})
c = a.copy(); c.clear(); print(c, a)
