# operator: Python's operators as plain functions, plus the three callable "getter" classes.
# Each function is the operator itself, so every error is the one the operator raises.

_builtin_abs = abs


def _int_required(value):
    return TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


# Comparisons and truth.
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b


# Arithmetic and bitwise operators.
def abs(a): return _builtin_abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b


def index(a):
    """Same as a.__index__()"""
    # Any int (True, an int subclass) comes back as a plain int.
    if isinstance(a, int):
        return int(a)
    # Asked of the instance: the engine's built-in classes answer for methods they lack.
    if not hasattr(a, '__index__'):
        raise _int_required(a)
    result = a.__index__()
    if not isinstance(result, int):
        raise TypeError('__index__ returned non-int (type %s)' % type(result).__name__)
    return int(result)


def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


# Sequences.
def concat(a, b):
    """Same as a + b, for a and b sequences."""
    # Only sequences qualify: 1 + 2 is fine for `add` but not here.
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]


def _matches(container, wanted):
    try:
        walk = iter(container)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(container).__name__) from None
    # Identity first, as the C code does, so a NaN still finds itself.
    for position, element in enumerate(walk):
        if element is wanted or element == wanted:
            yield position


def countOf(a, b):
    """Return the number of items in a which are, or which equal, b."""
    return sum(1 for _ in _matches(a, b))


def indexOf(a, b):
    """Return the first index of b in a."""
    for position in _matches(a, b):
        return position
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj."""
    if not isinstance(default, int):
        raise _int_required(default)
    # A real length wins over any hint.
    try:
        size = len(obj)
    except TypeError:
        size = None
    if size is not None:
        return size
    estimate = getattr(type(obj), '__length_hint__', None)
    if estimate is None:
        return default
    guess = estimate(obj)
    return default if guess is NotImplemented else guess


# In-place forms: the statement does the work, so a mutable `a` is updated and an immutable
# one yields a new value, exactly as `a op= b` would.
def iadd(a, b):
    a += b
    return a
def iand(a, b):
    a &= b
    return a
def iconcat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def imod(a, b):
    a %= b
    return a
def imul(a, b):
    a *= b
    return a
def imatmul(a, b):
    a @= b
    return a
def ior(a, b):
    a |= b
    return a
def ipow(a, b):
    a **= b
    return a
def irshift(a, b):
    a >>= b
    return a
def isub(a, b):
    a -= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ixor(a, b):
    a ^= b
    return a


def _no_keywords(kind, keywords):
    if keywords:
        raise TypeError('%s() takes no keyword arguments' % kind)


def _show(kind, shown):
    return 'operator.%s(%s)' % (kind, ', '.join(shown))


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand."""

    def __init__(self, *names, **keywords):
        _no_keywords('attrgetter', keywords)
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        # Dotted names are walked one hop at a time; split them once, here.
        self._paths = [name.split('.') for name in names]

    def __call__(self, obj):
        found = []
        for path in self._paths:
            target = obj
            for hop in path:
                target = getattr(target, hop)
            found.append(target)
        return found[0] if len(found) == 1 else tuple(found)

    def __repr__(self):
        return _show('attrgetter', [repr(name) for name in self._names])


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand."""

    def __init__(self, *keys, **keywords):
        _no_keywords('itemgetter', keywords)
        if not keys:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = keys

    def __call__(self, obj):
        if len(self._keys) == 1:
            return obj[self._keys[0]]
        return tuple([obj[key] for key in self._keys])

    def __repr__(self):
        return _show('itemgetter', [repr(key) for key in self._keys])


class methodcaller:
    """Return a callable object that calls the given method on its operand."""

    def __init__(*args, **kwargs):
        # `self` travels in args so that a keyword called "self" or "name" reaches the method.
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, method = args[0], args[1]
        if not isinstance(method, str):
            raise TypeError('method name must be a string')
        self._method = method
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._method)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._method)] + [repr(arg) for arg in self._args]
        shown += ['%s=%r' % pair for pair in self._kwargs.items()]
        return _show('methodcaller', shown)


# Every function is also reachable by its dunder name (operator.__add__ is operator.add);
# the trailing underscore of and_/or_/not_ is not part of that name.
for _plain in ('lt le eq ne ge gt not_ abs add and_ call floordiv index inv invert lshift mod '
               'mul matmul neg or_ pos pow rshift sub truediv xor concat contains getitem '
               'setitem delitem iadd iand iconcat ifloordiv ilshift imod imul imatmul ior '
               'ipow irshift isub itruediv ixor').split():
    globals()['__' + _plain.rstrip('_') + '__'] = globals()[_plain]
del _plain
