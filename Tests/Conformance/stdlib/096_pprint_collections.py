# pprint's layouts for collections and types: OrderedDict, defaultdict, Counter, deque (with
# and without maxlen), SimpleNamespace and mappingproxy, empty and nested, with indent > 1.
import pprint
import types
from collections import Counter, OrderedDict, defaultdict, deque

od = OrderedDict((name, len(name) * [name[0]]) for name in ["alpha", "beta", "gamma", "delta"])
pprint.pprint(od)
pprint.pprint(od, width=40)
pprint.pprint(OrderedDict(), width=5)
pprint.pprint(OrderedDict(z=1, a=2), width=5)

groups = defaultdict(list)
for word in "the quick brown fox jumps over the lazy dog again and again".split():
    groups[word[0]].append(word)
pprint.pprint(groups)
pprint.pprint(groups, width=50)
pprint.pprint(defaultdict(int), width=5)
pprint.pprint(defaultdict(None, {"k": "v" * 10}), width=20)

counts = Counter("mississippi river banks")
pprint.pprint(counts)
pprint.pprint(counts, width=30)
pprint.pprint(counts, width=30, indent=4)
pprint.pprint(Counter(), width=3)

recent = deque(range(30), maxlen=12)
pprint.pprint(recent)
pprint.pprint(recent, width=20)
pprint.pprint(deque(["w" * 10] * 5), width=30)
pprint.pprint(deque(), width=3)
pprint.pprint(deque(range(6), maxlen=3), width=10, compact=True)

ns = types.SimpleNamespace(host="localhost", port=8080, options={"retries": 3, "timeout": 2.5, "verbose": True},
                           peers=["alpha.example", "beta.example", "gamma.example"])
pprint.pprint(ns)
pprint.pprint(ns, width=40)
pprint.pprint(types.SimpleNamespace(), width=3)
inner = types.SimpleNamespace(name="inner")
inner.me = inner
print(pprint.pformat(inner, width=10).replace(str(id(inner)), "ID"))


class Config(types.SimpleNamespace):
    pass


pprint.pprint(Config(first="a" * 30, second="b" * 30), width=40)

proxy = types.MappingProxyType({"read": "only", "keys": list(range(20))})
pprint.pprint(proxy)
pprint.pprint(proxy, width=30)

mixed = {"od": od, "counts": Counter("aab"), "q": deque([1, 2], maxlen=5), "ns": types.SimpleNamespace(x=1)}
pprint.pprint(mixed, width=60)
pprint.pprint([groups, recent], width=60, indent=2)
print(pprint.pformat(od, depth=1), pprint.pformat([counts], depth=1), pprint.saferepr(recent))
