import _weakref

# weakref: CPython Lib/weakref.py 3.11 and Objects/weakrefobject.c, written anew and trimmed.
# A referent is kept by the heap's weak table (Heap+WeakRefs.swift), which the engine's
# tracing collector clears: an object dies at the next collection after its last reference
# goes (gc.collect() forces one), not at once as under CPython's reference counting.
# Docs/STDLIB.md (weakref), Docs/DECISIONS.md "Weak references on a tracing collector".

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


class ReferenceType:
    def __init__(self, ob, callback=None):
        self.__callback__ = callback
        self._hash = None
        _weakref.register(self, ob, callback is not None)

    def __call__(self):
        return _weakref.get(self)

    def __hash__(self):
        if self._hash is None:
            ob = _weakref.get(self)
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _weakref.get(self)
        b = _weakref.get(other)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __repr__(self):
        ob = _weakref.get(self)
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


def getweakrefcount(object):
    return len(_weakref.refs(object))


def getweakrefs(object):
    return _weakref.refs(object)


class ProxyType:
    def __init__(self, ob, callback=None):
        object.__setattr__(self, "_ref", ref(ob, (lambda r, p=self: callback(p)) if callback else None))

    def _target(self):
        ob = object.__getattribute__(self, "_ref")()
        if ob is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return ob

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __delattr__(self, name):
        delattr(self._target(), name)

    def __repr__(self):
        ob = object.__getattribute__(self, "_ref")()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(self._target())

    def __bool__(self):
        return bool(self._target())

    def __len__(self):
        return len(self._target())

    def __iter__(self):
        return iter(self._target())

    def __getitem__(self, key):
        return self._target()[key]

    def __setitem__(self, key, value):
        self._target()[key] = value

    def __contains__(self, key):
        return key in self._target()

    def __eq__(self, other):
        return self._target() == other

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakproxy'")


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    return ProxyType(object, callback)


class WeakMethod(ref):
    """A weak reference to a bound method that lives as long as both its object and function."""

    def __init__(self, meth, callback=None):
        receiver = getattr(meth, '__self__', None)
        function = getattr(meth, '__func__', None)
        if receiver is None or function is None:
            raise TypeError("argument should be a bound method, not {}".format(type(meth)))
        super().__init__(receiver, callback)
        self._function = ref(function)

    def __call__(self):
        receiver = super().__call__()
        function = self._function()
        if receiver is None or function is None:
            return None
        # The engine's functions have no __get__ to rebind with, so the method is looked up
        # on the living object again; that is the same bound method for ordinary classes.
        return getattr(receiver, function.__name__)


class KeyedRef(ref):
    """A weak reference that remembers the dictionary key it was stored under."""

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
        self.key = key


def _owner_callback(owner, forget):
    # Containers hand their weakrefs a callback that must not keep the container alive;
    # it reaches the container through a weak reference of its own.
    owner_ref = ref(owner)

    def callback(dead):
        container = owner_ref()
        if container is not None:
            forget(container, dead)
    return callback


def _alive_pairs(pairs, weak_side):
    # The weak dictionaries keep (key, value) pairs with a weakref on `weak_side`; this
    # yields the pairs with that side dereferenced, skipping those whose referent died.
    for pair in pairs:
        pair = list(pair)
        pair[weak_side] = pair[weak_side]()
        if pair[weak_side] is not None:
            yield tuple(pair)


def _pop_alive(data, weak_side):
    # popitem for the weak dictionaries: dead entries are dropped on the way.
    while data:
        for pair in _alive_pairs([data.popitem()], weak_side):
            return pair
    raise KeyError('popitem(): dictionary is empty')


def _describe(container):
    return "<%s at %#x>" % (type(container).__name__, id(container))


class WeakValueDictionary:
    """A mapping whose entries disappear when their value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._on_death = _owner_callback(self, WeakValueDictionary._forget)
        self.update(other, **kw)

    def _forget(self, dead):
        # Only the entry still holding this very weakref goes; a newer value may have
        # replaced it under the same key.
        if self.data.get(dead.key) is dead:
            del self.data[dead.key]

    def _store(self, key, value):
        self.data[key] = KeyedRef(value, self._on_death, key)

    def _live(self):
        return _alive_pairs(list(self.data.items()), 1)

    def _lookup(self, key):
        cell = self.data.get(key)
        return None if cell is None else cell()

    def __getitem__(self, key):
        value = self._lookup(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._store(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return self._lookup(key) is not None

    def __len__(self):
        return sum(1 for _ in self._live())

    def __repr__(self):
        return _describe(self)

    def get(self, key, default=None):
        value = self._lookup(key)
        return default if value is None else value

    def items(self):
        yield from self._live()

    def keys(self):
        for key, _ in self._live():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self._live():
            yield value

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from self.valuerefs()

    def copy(self):
        return WeakValueDictionary(self._live())

    __copy__ = copy

    def pop(self, key, *default):
        cell = self.data.pop(key, None)
        value = None if cell is None else cell()
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        return _pop_alive(self.data, 1)

    def setdefault(self, key, default=None):
        value = self._lookup(key)
        if value is None:
            self._store(key, default)
            return default
        return value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            pairs = other.items() if hasattr(other, "items") else other
            for key, value in pairs:
                self._store(key, value)
        for key, value in kwargs.items():
            self._store(key, value)


class WeakKeyDictionary:
    """A mapping whose entries disappear when their key is collected."""

    def __init__(self, dict=None):
        self.data = {}
        self._on_death = _owner_callback(self, WeakKeyDictionary._forget)
        if dict is not None:
            self.update(dict)

    def _forget(self, dead):
        self.data.pop(dead, None)

    def _live(self):
        return _alive_pairs(list(self.data.items()), 0)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._on_death)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        # Objects that cannot be weakly referenced are simply never keys.
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __len__(self):
        return sum(1 for _ in self._live())

    def __repr__(self):
        return _describe(self)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        yield from self._live()

    def keys(self):
        for key, _ in self._live():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self._live():
            yield value

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        return WeakKeyDictionary(self._live())

    __copy__ = copy

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        return _pop_alive(self.data, 0)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._on_death), default)

    def update(self, dict=None, /, **kwargs):
        for source in (dict, kwargs):
            if source:
                pairs = source.items() if hasattr(source, "items") else source
                for key, value in pairs:
                    self[key] = value


class WeakSet:
    """A set that forgets its members when they are collected."""

    def __init__(self, data=None):
        self.data = set()
        self._on_death = _owner_callback(self, WeakSet._forget)
        if data is not None:
            self.update(data)

    def _forget(self, dead):
        self.data.discard(dead)

    def _members(self):
        for cell in list(self.data):
            member = cell()
            if member is not None:
                yield member

    def __iter__(self):
        return self._members()

    def __len__(self):
        return sum(1 for _ in self._members())

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        # CPython shows the underlying set of weak references.
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._on_death))

    def update(self, other):
        for item in other:
            self.add(item)

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        while self.data:
            member = self.data.pop()()
            if member is not None:
                return member
        raise KeyError('pop from empty WeakSet')

    def union(self, other):
        joined = type(self)(self)
        joined.update(other)
        return joined

    __or__ = union

    def __ior__(self, other):
        self.update(other)
        return self

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return set(self._members()) == set(other._members())


class _Pending:
    """What a live finalizer will call, and whether it should run at exit."""
    __slots__ = ("target", "call", "args", "kwargs", "at_exit", "order")


class finalize:
    """Call func(*args, **kwargs) once: when obj is collected, when called, or at exit."""

    # Live finalizers and what each will do; an entry leaves when the call happens.
    _pending = {}
    _created = 0
    _exiting = False
    _hooked = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._hooked:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._hooked = True
        entry = _Pending()
        entry.target = ref(obj, self)
        entry.call, entry.args, entry.kwargs = func, args, kwargs or None
        entry.at_exit = True
        finalize._created += 1
        entry.order = finalize._created
        finalize._pending[self] = entry

    def _snapshot(self):
        # (object, func, args, kwargs) while both finalizer and object live, else None.
        entry = finalize._pending.get(self)
        target = entry.target() if entry is not None else None
        if target is None:
            return None
        return (target, entry.call, entry.args, entry.kwargs or {})

    def __call__(self, _=None):
        entry = finalize._pending.pop(self, None)
        if entry is not None and not finalize._exiting:
            return entry.call(*entry.args, **(entry.kwargs or {}))

    def detach(self):
        found = self._snapshot()
        if found is not None:
            del finalize._pending[self]
        return found

    def peek(self):
        return self._snapshot()

    @property
    def alive(self):
        return self in finalize._pending

    @property
    def atexit(self):
        entry = finalize._pending.get(self)
        return entry is not None and entry.at_exit

    @atexit.setter
    def atexit(self, value):
        entry = finalize._pending.get(self)
        if entry is not None:
            entry.at_exit = bool(value)

    def __repr__(self):
        found = self._snapshot()
        where = '<%s object at %#x' % (type(self).__name__, id(self))
        if found is None:
            return where + '; dead>'
        return where + '; for %r at %#x>' % (type(found[0]).__name__, id(found[0]))

    @staticmethod
    def _run_at_exit():
        # Newest first, as the documentation promises; then no finalizer runs any more.
        try:
            due = [(entry.order, fin) for fin, entry in finalize._pending.items() if entry.at_exit]
            for _, fin in sorted(due, reverse=True):
                fin()
        finally:
            finalize._exiting = True
