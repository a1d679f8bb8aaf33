# Subclasses of dict, list, set, str, int and tuple are real containers and values.
from collections import OrderedDict, defaultdict, Counter

class LoudDict(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 2)

d = LoudDict()
d["a"] = 1
d["b"] = 2
print(d, len(d), d["a"], "a" in d, list(d), type(d).__name__, isinstance(d, dict))
d.update(c=3)            # dict.update does not call the overridden __setitem__
print(d, sorted(d.items()), d.get("zz", "none"), d.pop("c"), d)
print(dict(d), {**d}, d == {"a": 2, "b": 4}, d != {}, bool(d), bool(LoudDict()))
for k in d:
    print("key", k)
print(LoudDict(x=1, y=2), LoudDict([("p", 1)]))

class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, len(m))

class Stack(list):
    def push(self, x):
        self.append(x)
    def append(self, x):
        super().append(x * 10)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.append(3)
s.push(4)
print(s, len(s), s[0], s[-1], s.peek(), s[1:3], isinstance(s, list), type(s).__name__)
print([x for x in s], s + [7], sum(s), sorted(s, reverse=True), s.index(30), s.count(1))
s.extend([5])
s += [6]
print(s, type(s).__name__, 30 in s, s == [1, 2, 30, 40, 5, 6])
s.sort(reverse=True)
print(s, s.pop(), list(reversed(s)))
del s[0]
s[0] = 99
print(s, len(s), list(s), tuple(s))

class Tags(set):
    pass
t = Tags([1, 2])
t.add(3)
print(t, Tags(), len(t), 2 in t, sorted(t | {9}), isinstance(t, set))

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("hi")
print(n, repr(n), n.shout(), n == "hi", len(n), n + "?", "<" + n, n[0], f"[{n}]", f"{n:>5}")
print(n.upper(), type(n.upper()).__name__, {n: 1}["hi"], str(n), hash(n) == hash("hi"))

class Ident(str):
    def __new__(cls, value):
        return super().__new__(cls, value.lower())
print(Ident("ABC"), type(Ident("ABC")).__name__)

class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
c = Money(7)
print(c, repr(c), c + 1, 2 * c, c > 5, isinstance(c, int), [10, 20, 30, 40, 50, 60, 70, 80][c], range(c)[-1])
print(f"{c:03d}", hex(c), abs(Money(-3)), -c, int(c), float(c))

class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p, p.swap(), len(p), p[0], p + (3,), isinstance(p, tuple), hash(p) == hash((1, 2)))

try:
    hash(LoudDict())
except TypeError as e:
    print("TypeError:", e)

print(isinstance(OrderedDict(), dict), isinstance(defaultdict(int), dict), isinstance(Counter(), dict))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od), dict(od), {**od}, len(od))
dd = defaultdict(list)
dd["x"].append(1)
print(dd, dict(dd), {**dd}, dd["x"], len(dd))
ct = Counter("abracadabra")
print(ct, ct.most_common(2), dict(ct) == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1}, {**ct}["a"])
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), od == {"b": 2, "a": 1}, list(reversed(od)))
print(list(reversed(Stack([1, 2]))), LoudDict(a=1) == {"a": 1}, Name("b") > "a", Money(3) < 2.5)
