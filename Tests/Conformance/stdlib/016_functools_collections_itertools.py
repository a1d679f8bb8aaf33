# functools.lru_cache, collections gaps (Counter operators and equality, namedtuple defaults, OrderedDict), itertools.
import functools
import itertools
from collections import Counter, OrderedDict, namedtuple, deque, defaultdict
import copy

calls = []
@functools.lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 2, 1, 1]:
    square(n)
print(calls, square.cache_info(), square.cache_info().hits, square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square.__wrapped__(5), square.__name__)

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@functools.lru_cache(maxsize=None)
def add(a, b=0):
    calls.append((a, b))
    return a + b
calls.clear()
add(1, b=2); add(1, b=2); add(b=2, a=1); add(1, 2)
print(calls, add.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)

@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info())

a = Counter("abracadabra")
b = Counter(a=1, b=5, z=2)
print(a & b, a | b, a + b, a - b, -Counter(a=-2, b=3), +Counter(a=-1, b=2))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) > Counter(a=1))
print(Counter("hello").most_common(2), sorted(Counter("mississippi").elements()), Counter("aab").total())
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)

P = namedtuple("P", "x y z", defaults=[0, 9])
print(P(1), P(1, 2), P._field_defaults, P._fields, P.__match_args__, P(1)._replace(z=3))
Q = namedtuple("Q", ["a", "b"])
print(Q._field_defaults, Q(1, 2) == (1, 2))

od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
print(od, list(od), od == OrderedDict([("b", 0), ("c", 0), ("a", 0)]), od == OrderedDict([("a", 0), ("b", 0), ("c", 0)]), od == {"a": 0, "b": 0, "c": 0})
print(OrderedDict.fromkeys([1, 2]), od.popitem(), od.popitem(last=False))

dq = deque([1, 2, 3])
dq2 = copy.copy(dq)
dq2.append(4)
dd = defaultdict(list, {"k": [1]})
dd2 = copy.copy(dd)
dd2["j"].append(2)
print(dq, dq2, sorted(dd), sorted(dd2))

print(list(itertools.combinations_with_replacement("ABC", 2)), list(itertools.combinations_with_replacement([], 2)))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.pairwise("abcd")))
x, y = itertools.tee(itertools.count(), 2)
print([next(x) for _ in range(3)], [next(y) for _ in range(5)], [next(x) for _ in range(2)])
print([list(t) for t in itertools.tee("abc", 3)], itertools.tee([1], 0))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.accumulate([1, 2, 3], initial=10)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), [(k, list(g)) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations(range(3), 2))[:4])
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1])))

# lru_cache shared by threads that switch inside it: every call is counted, the size stays bounded.
import threading
@functools.lru_cache(maxsize=8)
def f(n):
    return n * 2
def work(base):
    for i in range(3000):
        assert f((base + i) % 20) == ((base + i) % 20) * 2
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
info = f.cache_info()
print(info.hits + info.misses, info.currsize <= 8)
