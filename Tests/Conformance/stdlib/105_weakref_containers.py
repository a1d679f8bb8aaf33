# weakref containers in depth: WeakValueDictionary pop/popitem/setdefault/update/copy and a
# key re-bound before its old value dies, WeakKeyDictionary update/pop/setdefault/copy, WeakSet
# set operations and pop, WeakMethod errors and callbacks, finalize peek/detach/atexit and the
# newest-first order at exit. Every death is followed by gc.collect() (the engine collects
# by tracing, CPython at once), after which both agree.
import gc
import weakref


class Item:
    """Anything a weak reference can point at."""
    kind = "item"

    def tell(self):
        return "I am " + self.name

    def __init__(self, name):
        self.name = name

    __repr__ = lambda self: "Item(%s)" % self.name


a, b, c = Item("a"), Item("b"), Item("c")
values = weakref.WeakValueDictionary({"a": a}, b=b)
values.update([("c", c)])
print(sorted(values), len(values), values.get("a"), values.get("x", 0), "b" in values, "x" in values)
print(values.setdefault("a", c), values.setdefault("d", c), sorted(values.keys()))
print(values.pop("d"), values.pop("zz", "fallback"), sorted(k for k, _ in values.items()))
try:
    values.pop("zz")
except KeyError as e:
    print("KeyError", e)
clone = values.copy()
print(type(clone).__name__, sorted(clone), len(values.valuerefs()), repr(values).startswith("<WeakValueDictionary at 0x"))
old = Item("old")
values["slot"] = old
values["slot"] = a
del old
gc.collect()
print(values["slot"], sorted(values))
del b
gc.collect()
print(sorted(values), sorted(clone), len(values))
key, item = values.popitem()
print(key in ("a", "c", "slot"), item.name in ("a", "c"))
print(key in values, len(values) >= 1)
empty = weakref.WeakValueDictionary()
for probe in (empty.popitem, lambda: empty["nothing"], lambda: empty.pop("nothing")):
    try:
        probe()
    except KeyError as e:
        print("KeyError", e)

k1, k2 = Item("k1"), Item("k2")
keys = weakref.WeakKeyDictionary({k1: 1})
keys.update({k2: 2})
print(sorted(n.name for n in keys), keys.get(k1), keys.get(Item("other"), "none"), 5 in keys, k2 in keys)
print(keys.setdefault(k1, 100), keys.setdefault(c, 3), len(keys), sorted(keys.values()))
print(keys.pop(c), keys.pop(Item("gone"), "default"), len(keys.keyrefs()))
copy_of = keys.copy()
del k2
gc.collect()
print(len(keys), len(copy_of), [(k.name, v) for k, v in keys.items()], repr(keys).startswith("<WeakKeyDictionary at 0x"))
try:
    keys[Item("missing")]
except KeyError:
    print("KeyError for a missing key")
try:
    keys[3]
except TypeError as e:
    print("TypeError", e)
print(keys.popitem()[1], len(keys))
try:
    keys.popitem()
except KeyError as e:
    print("KeyError", e)

s1, s2, s3 = Item("s1"), Item("s2"), Item("s3")
group = weakref.WeakSet([s1, s2])
other = weakref.WeakSet([s2, s3])
both = group | other
print(len(both), sorted(i.name for i in both), group == weakref.WeakSet([s2, s1]), group == {s1, s2})
group |= [s3]
print(sorted(i.name for i in group), s3 in group, 4 in group, len(group.copy()))
group.remove(s3)
try:
    group.remove(s3)
except KeyError:
    print("KeyError removing a non-member")
del s1
gc.collect()
print(sorted(i.name for i in group), sorted(i.name for i in both))
print(group.pop().name, len(group))
try:
    group.pop()
except KeyError as e:
    print("KeyError", e)
group.add(s2)
group.clear()
print(len(group), list(group))

try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(Item.tell)
except TypeError as e:
    print("TypeError", e)
owner = Item("owner")
calls = []
wm = weakref.WeakMethod(owner.tell, lambda r: calls.append(r() is None))
print(wm()(), isinstance(wm, weakref.ref))
del owner
gc.collect()
print(wm(), calls)

t1, t2, t3 = Item("t1"), Item("t2"), Item("t3")
f1 = weakref.finalize(t1, print, "exit", "t1")
f2 = weakref.finalize(t2, print, "exit", "t2")
f3 = weakref.finalize(t3, print, "exit", "t3", sep="-")
f2.atexit = False
print(f1.atexit, f2.atexit, f3.peek()[2:], f1.alive)
obj, func, args, kwargs = f1.detach()
print(obj is t1, func is print, args, kwargs, f1.detach(), f1.peek(), f1.alive, f1.atexit)
print(repr(f1).endswith("; dead>"), repr(f3).startswith("<finalize object at 0x"), "for 'Item'" in repr(f3))
print(f1(), f2.alive)
print("end of program")
