WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=('__dict__',)):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    wrapper.__dict__.update(wrapped.__dict__)
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=('__dict__',)):
    def decorating_function(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating_function

def reduce(function, sequence, *initial):
    it = iter(sequence)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value

class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"

_CacheInfo = None

def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _CacheInfo

_kwd_mark = (object(),)
_missing = object()

def _make_key(args, kwds, typed):
    # CPython's functools._make_key: keyword order matters, typed adds the argument types.
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key

def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return lru_cache(maxsize, typed)(user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        # A dict in recency order stands for CPython's linked list: a hit moves its key to
        # the end, and the first key is the least recently used.
        # Threads may switch between any two of these lines (CPython's C version cannot be
        # interrupted there): each step tolerates another thread having changed the dict.
        memo = {}
        stats = [0, 0]
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            if maxsize != 0:
                result = memo.get(key, _missing)
                if result is not _missing:
                    stats[0] += 1
                    if maxsize is not None and memo.pop(key, _missing) is not _missing:
                        memo[key] = result
                    return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if maxsize == 0 or key in memo:
                return result
            if maxsize is not None:
                while len(memo) >= maxsize:
                    try:
                        del memo[next(iter(memo))]
                    except (KeyError, StopIteration, RuntimeError):
                        break
            memo[key] = result
            return result
        def cache_clear():
            memo.clear()
            stats[0] = stats[1] = 0
        def cache_info():
            return _cache_info_type()(stats[0], stats[1], maxsize, len(memo))
        def cache_parameters():
            return {'maxsize': maxsize, 'typed': typed}
        wrapper.cache_clear = cache_clear
        wrapper.cache_info = cache_info
        wrapper.cache_parameters = cache_parameters
        return update_wrapper(wrapper, user_function)
    return decorating_function

def cache(user_function):
    return lru_cache(None)(user_function)

def total_ordering(cls):
    d = cls.__dict__
    if '__lt__' in d:
        if '__le__' not in d:
            cls.__le__ = lambda self, other: self < other or self == other
        if '__gt__' not in d:
            cls.__gt__ = lambda self, other: not (self < other or self == other)
        if '__ge__' not in d:
            cls.__ge__ = lambda self, other: not (self < other)
    elif '__le__' in d:
        if '__lt__' not in d:
            cls.__lt__ = lambda self, other: self <= other and not self == other
        if '__gt__' not in d:
            cls.__gt__ = lambda self, other: not (self <= other)
        if '__ge__' not in d:
            cls.__ge__ = lambda self, other: not (self <= other) or self == other
    elif '__gt__' in d:
        if '__lt__' not in d:
            cls.__lt__ = lambda self, other: not (self > other or self == other)
        if '__ge__' not in d:
            cls.__ge__ = lambda self, other: self > other or self == other
        if '__le__' not in d:
            cls.__le__ = lambda self, other: not (self > other)
    elif '__ge__' in d:
        if '__le__' not in d:
            cls.__le__ = lambda self, other: not (self >= other) or self == other
        if '__gt__' not in d:
            cls.__gt__ = lambda self, other: self >= other and not self == other
        if '__lt__' not in d:
            cls.__lt__ = lambda self, other: not (self >= other)
    return cls

def cmp_to_key(mycmp):
    # One wrapper class per comparison function, as CPython's KeyWrapper holds `cmp`; each
    # rich comparison asks mycmp and reads the sign of its answer. Unhashable, as in CPython.
    class KeyWrapper(object):
        __hash__ = None

        def __init__(self, obj):
            self.obj = obj

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
    return KeyWrapper
