xs = list(range(10))
s = slice(2, 8, 2)
print(s, xs[s], s.start, s.stop, s.step)
print(slice(5), slice(None, None, -1), xs[slice(None, None, -1)])
print(s.indices(5), slice(-3, None).indices(10))
print("abcdefgh"[s], (1, 2, 3, 4, 5)[slice(1, None)])
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::3], p[1:2, 3], p[:, 0], p[...])
print(type(p[1:2]).__name__)
ys = xs[:]
ys[s] = ["a", "b", "c"]
print(ys)
try:
    ys[s] = [1]
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2))
