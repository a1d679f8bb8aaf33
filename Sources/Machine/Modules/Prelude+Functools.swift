/// Python source of prelude modules (functools, itertools).
extension Prelude {
    static let functools = #"""
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

def lru_cache(maxsize=128, typed=False):
    if callable(maxsize):
        return lru_cache(128)(maxsize)
    def decorating_function(user_function):
        memo = {}
        hits = [0, 0]
        def wrapper(*args, **kwds):
            key = args
            if kwds:
                key = args + (object,) + tuple(sorted(kwds.items()))
            if key in memo:
                hits[0] += 1
                return memo[key]
            hits[1] += 1
            result = user_function(*args, **kwds)
            memo[key] = result
            return result
        def cache_clear():
            memo.clear()
            hits[0] = hits[1] = 0
        def cache_info():
            return f"CacheInfo(hits={hits[0]}, misses={hits[1]}, maxsize={maxsize}, currsize={len(memo)})"
        wrapper.cache_clear = cache_clear
        wrapper.cache_info = cache_info
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
    class K(object):
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K
"""#

    static let itertools = #"""
class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step
    def __iter__(self):
        return self
    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n
    def __repr__(self):
        if self._step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"

class repeat:
    def __init__(self, obj, times=None):
        self._obj = obj
        self._times = times
    def __iter__(self):
        return self
    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj
    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"

def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    it = iter(iterable)
    i = 0
    nexti = start
    if stop is not None and stop <= start:
        for _ in zip(range(stop), it):
            pass
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and (i >= stop or nexti >= stop):
            return

class chain:
    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = None
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._its))
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = None
    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._its = iter(iterables)
        return c

def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element

def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total

def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)

def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return

def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)

def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    items = list(iterable)
    i = 0
    while i < len(items):
        k = keyfunc(items[i])
        group = [items[i]]
        i += 1
        while i < len(items) and keyfunc(items[i]) == k:
            group.append(items[i])
            i += 1
        yield k, iter(group)

def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break

def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x

def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)

def starmap(function, iterable):
    for args in iterable:
        yield function(*args)

def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(items) for _ in range(n))

def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
"""#
}
