from _collections import deque, _GenericAlias, _dict_storage

class _Mapping(dict):
    # A dict subclass whose items live in its own dict storage (`_d`), so that
    # isinstance(x, dict) holds and built-in operations see the items.
    def __init__(self):
        self._d = _dict_storage(self)
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __contains__(self, k):
        return k in self._d
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __eq__(self, other):
        if isinstance(other, _Mapping):
            return self._d == other._d
        return self._d == other
    def keys(self):
        return self._d.keys()
    def values(self):
        return self._d.values()
    def items(self):
        return self._d.items()
    def get(self, k, default=None):
        return self._d.get(k, default)
    def pop(self, k, *default):
        return self._d.pop(k, *default)
    def setdefault(self, k, default=None):
        return self._d.setdefault(k, default)
    def clear(self):
        self._d.clear()
    def copy(self):
        c = self.__class__.__new__(self.__class__)
        for k, v in self.__dict__.items():
            object.__setattr__(c, k, v)
        c._d = _dict_storage(c)
        c._d.update(self._d)
        return c
    __copy__ = copy

class defaultdict(_Mapping):
    def __init__(self, default_factory=None, *args, **kwargs):
        _Mapping.__init__(self)
        self.default_factory = default_factory
        self._d.update(*args, **kwargs)
    def __getitem__(self, k):
        if k in self._d:
            return self._d[k]
        return self.__missing__(k)
    def __missing__(self, k):
        if self.default_factory is None:
            raise KeyError(k)
        v = self.default_factory()
        self._d[k] = v
        return v
    def update(self, *args, **kwargs):
        self._d.update(*args, **kwargs)
    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {self._d!r})"

class Counter(_Mapping):
    def __init__(self, iterable=None, **kwds):
        _Mapping.__init__(self)
        self.update(iterable, **kwds)
    def __getitem__(self, k):
        return self._d.get(k, 0)
    def __missing__(self, k):
        return 0
    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) + v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) + 1
        for k, v in kwds.items():
            self._d[k] = self._d.get(k, 0) + v
    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) - v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) - 1
        for k, v in kwds.items():
            self._d[k] = self._d.get(k, 0) - v
    def total(self):
        return sum(self._d.values())
    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]
    def elements(self):
        for k, v in self._d.items():
            for _ in range(v):
                yield k
    def __add__(self, other):
        r = Counter()
        for k in list(self._d) + [k for k in other._d if k not in self._d]:
            v = self[k] + other[k]
            if v > 0:
                r._d[k] = v
        return r
    def __sub__(self, other):
        r = Counter()
        for k in self._d:
            v = self[k] - other[k]
            if v > 0:
                r._d[k] = v
        return r
    def __pos__(self):
        r = Counter()
        for k, v in self._d.items():
            if v > 0:
                r._d[k] = v
        return r
    def __neg__(self):
        r = Counter()
        for k, v in self._d.items():
            if v < 0:
                r._d[k] = 0 - v
        return r
    # Counter.__or__ and __and__ (Lib/collections/__init__.py): the larger or smaller count,
    # keeping only positive ones, in this counter's order then (for |) the other's.
    def _merge(self, other, larger):
        r = Counter()
        for k, v in self._d.items():
            o = other[k]
            n = (o if v < o else v) if larger else (v if v < o else o)
            if n > 0:
                r._d[k] = n
        if larger:
            for k, v in other._d.items():
                if k not in self._d and v > 0:
                    r._d[k] = v
        return r
    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._merge(other, True)
    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._merge(other, False)
    # Since 3.10 a missing element counts as zero: Counter(a=1) == Counter(a=1, b=0).
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)
    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other
    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)
    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other
    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)
    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other
    __hash__ = None
    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')
    def __repr__(self):
        if not self._d:
            return "Counter()"
        return "Counter({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common()) + "})"

class OrderedDict(_Mapping):
    def __init__(self, *args, **kwargs):
        _Mapping.__init__(self)
        self._d.update(*args, **kwargs)
    def update(self, *args, **kwargs):
        self._d.update(*args, **kwargs)
    def move_to_end(self, key, last=True):
        v = self._d.pop(key)
        if last:
            self._d[key] = v
        else:
            items = list(self._d.items())
            self._d.clear()
            self._d[key] = v
            self._d.update(items)
    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self
    # An OrderedDict compared with another is order-sensitive; with a dict it is not.
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _Mapping.__eq__(self, other)
    __hash__ = None
    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        key = list(self._d)[-1 if last else 0]
        return key, self._d.pop(key)
    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return f"OrderedDict({list(self._d.items())!r})"

def namedtuple(typename, field_names, *, defaults=None, rename=False, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults else ()
    class _NT(tuple):
        _fields = fields
        def __init__(self, *args, **kwargs):
            values = list(args)
            if len(values) > len(fields):
                raise TypeError(f"{typename}.__new__() takes {len(fields) + 1} positional arguments but {len(values) + 1} were given")
            for name in fields[len(values):]:
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif len(fields) - len(values) <= len(defaults):
                    values.append(defaults[len(defaults) - (len(fields) - len(values))])
                else:
                    missing = [n for n in fields[len(values):] if n not in kwargs]
                    names = " and ".join(repr(n) for n in missing) if len(missing) <= 2 else ", ".join(repr(n) for n in missing[:-1]) + ", and " + repr(missing[-1])
                    raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: {names}")
            object.__setattr__(self, "_values", tuple(values))
        def __getattr__(self, name):
            if name in fields:
                return self._values[fields.index(name)]
            raise AttributeError(f"'{typename}' object has no attribute '{name}'")
        def __setattr__(self, name, value):
            raise AttributeError("can't set attribute")
        def __getitem__(self, i):
            return self._values[i]
        def __iter__(self):
            return iter(self._values)
        def __len__(self):
            return len(self._values)
        def __eq__(self, other):
            if isinstance(other, _NT):
                return self._values == other._values
            return self._values == other
        def __lt__(self, other):
            return self._values < tuple(other)
        def __gt__(self, other):
            return self._values > tuple(other)
        def __hash__(self):
            return hash(self._values)
        def __repr__(self):
            return typename + "(" + ", ".join(f"{n}={v!r}" for n, v in zip(fields, self._values)) + ")"
        def _asdict(self):
            return dict(zip(fields, self._values))
        def _replace(self, **kwargs):
            return _NT(*[kwargs.get(n, v) for n, v in zip(fields, self._values)])
        @classmethod
        def _make(cls, iterable):
            return cls(*iterable)
    _NT.__name__ = typename
    _NT.__qualname__ = typename
    _NT.__module__ = module if module is not None else '__main__'
    _NT._field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults)) if defaults else {}
    _NT.__match_args__ = fields
    _NT.__doc__ = f"{typename}({', '.join(fields)})"
    return _NT
