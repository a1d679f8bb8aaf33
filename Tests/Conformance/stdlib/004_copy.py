# copy: shallow and deep copies, shared references, cycles, __copy__/__deepcopy__.
import copy

nested = {"a": [1, [2, 3]], "b": (4, [5])}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"][1].append(99)
nested["b"][1].append(6)
nested["c"] = 0
print(shallow, deep, shallow["a"] is nested["a"], deep["a"] is nested["a"])

shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp, dp[0] is dp[1], dp[0] is shared)

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is cyc, c2[0])

t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is None)
print(copy.copy(5), copy.copy("s"), copy.deepcopy(None), copy.copy(len) is len, copy.copy(set([3])))

class Point:
    def __init__(self, x, y, tags):
        self.x, self.y, self.tags = x, y, tags
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"

p = Point(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
p.x = 10
print(p, q, r, type(q).__name__, q.tags is p.tags, r.tags is p.tags)

class Counted:
    def __init__(self, n):
        self.n = n
    def __copy__(self):
        print("  __copy__ called")
        return Counted(self.n + 100)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called with", type(memo).__name__)
        return Counted(self.n + 1000)
print(copy.copy(Counted(1)).n, copy.deepcopy([Counted(2)])[0].n)

class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"
    def __getstate__(self):
        return {"data": self.data}
    def __setstate__(self, state):
        self.data = state["data"]
        self.cache = None
s = copy.deepcopy(Stateful())
print(s.data, s.cache)

memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo)
print(issubclass(copy.Error, Exception))
