# weakref: ref (callable, dead -> None, callbacks), proxies, WeakValueDictionary,
# WeakKeyDictionary, WeakSet, finalize, getweakrefcount. The engine frees objects at a
# collection (a tracing collector), CPython at once (reference counts): each death here is
# followed by gc.collect(), after which both agree.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name

    def hello(self):
        return "hello from " + self.name


a = Node("a")
r = weakref.ref(a)
print(r() is a, r(), isinstance(r, weakref.ref), weakref.getweakrefcount(a))
died = []
r2 = weakref.ref(a, lambda wr: died.append(wr is r2))
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r, r2])
print(r == r2, hash(r) == hash(a))
del a
gc.collect()
print(r(), died, weakref.getweakrefcount(r))
for bad in (1, "s", [1], (1,), {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

# A cycle dies at the collection.
x = Node("x")
y = Node("y")
x.other, y.other = y, x
rx = weakref.ref(x, lambda wr: print("callback for the cycle"))
del x, y
gc.collect()
print(rx())

# A dead weakref's callback is never called.
z = Node("z")
rz = weakref.ref(z, lambda wr: print("never"))
del rz
del z
gc.collect()
print("no callback for a dead weakref")

# Proxies.
p_target = Node("p")
p = weakref.proxy(p_target)
print(p.name, p.hello(), str(p))
p.name = "renamed"
print(p_target.name)
del p_target
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

# WeakValueDictionary: entries go with their values.
cache = weakref.WeakValueDictionary()
keep = Node("keep")
drop = Node("drop")
cache["keep"] = keep
cache["drop"] = drop
print(sorted(cache.keys()), len(cache), "drop" in cache, cache.get("none", "default"))
del drop
gc.collect()
print(sorted(cache.keys()), len(cache), "drop" in cache, cache["keep"])
try:
    cache["drop"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(k for k, v in cache.items()), list(cache.values()))

# WeakKeyDictionary: entries go with their keys.
meta = weakref.WeakKeyDictionary()
k1 = Node("k1")
k2 = Node("k2")
meta[k1] = 1
meta[k2] = 2
print(len(meta), meta[k1], k2 in meta, sorted(n.name for n in meta.keys()))
del k2
gc.collect()
print(len(meta), list(meta.items()), list(meta.values()))

# WeakSet.
s = weakref.WeakSet()
n1 = Node("n1")
n2 = Node("n2")
s.add(n1)
s.add(n2)
s.add(n1)
print(len(s), n1 in s, sorted(n.name for n in s))
del n1
gc.collect()
print(len(s), list(s))
s.discard(n2)
print(len(s))

# finalize: called once, on collection, on call, or at exit.
f_obj = Node("f")
fin = weakref.finalize(f_obj, print, "finalized", "f")
print(fin.alive, fin.atexit, fin.peek()[1:] == (print, ("finalized", "f"), {}))
del f_obj
gc.collect()
print(fin.alive)
g_obj = Node("g")
fin2 = weakref.finalize(g_obj, lambda: "called early")
print(fin2(), fin2(), fin2.alive)
h_obj = Node("h")
fin3 = weakref.finalize(h_obj, print, "at exit for h")
d_obj = Node("d")
fin4 = weakref.finalize(d_obj, print, "never for d")
print(fin4.detach()[0] is d_obj, fin4.alive)

# WeakMethod.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
wm = weakref.WeakMethod(c.bump)
print(wm()(), wm()())
del c
gc.collect()
print(wm())
print("end")
