# decimal's signals and contexts (see decimal.py): the exception classes, the flags/traps
# mappings, Context with its checked attributes, and the current context of each thread.
# Written from the decimal documentation; the messages are those of CPython's C `_decimal`.
from _thread import get_ident as _thread_id

# The rounding modes, in the order _decimal's error message lists them.
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = frozenset([ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
                        ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP])

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


def _signal(name, bases, doc):
    cls = type(name, bases, {'__doc__': doc})
    cls.__module__ = 'decimal'
    return cls

# The signals, each an exception class; the hierarchy is the documented one.
DecimalException = _signal('DecimalException', (ArithmeticError,), 'Base class of the decimal signals.')
Clamped = _signal('Clamped', (DecimalException,), "An exponent was changed to fit the context's limits.")
InvalidOperation = _signal('InvalidOperation', (DecimalException,),
                           'An operation with no sensible result (NaN when not trapped).')
ConversionSyntax = _signal('ConversionSyntax', (InvalidOperation,), 'A string that is not a number.')
DivisionByZero = _signal('DivisionByZero', (DecimalException, ZeroDivisionError),
                         'A finite non-zero number divided by zero.')
DivisionImpossible = _signal('DivisionImpossible', (InvalidOperation,),
                             'An integer quotient too long for the precision.')
DivisionUndefined = _signal('DivisionUndefined', (InvalidOperation, ZeroDivisionError), 'Zero divided by zero.')
Inexact = _signal('Inexact', (DecimalException,), 'Non-zero digits were rounded away.')
InvalidContext = _signal('InvalidContext', (InvalidOperation,), 'A context that cannot be used.')
Rounded = _signal('Rounded', (DecimalException,), 'Digits (possibly zeros) were rounded away.')
Subnormal = _signal('Subnormal', (DecimalException,), 'A result below Emin before rounding.')
Overflow = _signal('Overflow', (Inexact, Rounded), 'A result too large for Emax.')
Underflow = _signal('Underflow', (Inexact, Rounded, Subnormal), 'A subnormal result that is also inexact.')
FloatOperation = _signal('FloatOperation', (DecimalException, TypeError),
                         'A float mixed with Decimals in a constructor or an ordering comparison.')


# An operation reports what happened as a set of condition bits; the context turns them into
# flags and perhaps one exception at the end, as libmpdec does (so a trapped Overflow still
# leaves Inexact and Rounded in the flags).
C_INVALID, C_SYNTAX, C_IMPOSSIBLE, C_UNDEFINED, C_BADCONTEXT = 1, 2, 4, 8, 16
C_FLOAT, C_DIVZERO, C_OVERFLOW, C_UNDERFLOW = 32, 64, 128, 256
C_SUBNORMAL, C_INEXACT, C_ROUNDED, C_CLAMPED = 512, 1024, 2048, 4096
C_ANY_INVALID = C_INVALID | C_SYNTAX | C_IMPOSSIBLE | C_UNDEFINED | C_BADCONTEXT

# (bit, class named in the message, signal flagged), in the order _decimal lists them.
_CONDITIONS = (
    (C_INVALID, InvalidOperation, InvalidOperation), (C_SYNTAX, ConversionSyntax, InvalidOperation),
    (C_IMPOSSIBLE, DivisionImpossible, InvalidOperation), (C_UNDEFINED, DivisionUndefined, InvalidOperation),
    (C_BADCONTEXT, InvalidContext, InvalidOperation), (C_FLOAT, FloatOperation, FloatOperation),
    (C_DIVZERO, DivisionByZero, DivisionByZero), (C_OVERFLOW, Overflow, Overflow),
    (C_UNDERFLOW, Underflow, Underflow), (C_SUBNORMAL, Subnormal, Subnormal),
    (C_INEXACT, Inexact, Inexact), (C_ROUNDED, Rounded, Rounded), (C_CLAMPED, Clamped, Clamped),
)
# The signals in the order of the flags mapping (and of choosing which one to raise).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
# The order Context's repr lists them in.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)
_BAD_SIGNAL = ('valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n'
               '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]')
_BAD_ROUNDING = ('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')


class _SignalDict:
    """A context's flags or traps: a fixed set of nine signal keys with bool values."""
    __slots__ = ('_on',)

    def __init__(self, on=()):
        self._on = {s: (s in on) for s in _SIGNALS}

    def _check(self, key):
        if key not in self._on:
            raise KeyError(_BAD_SIGNAL)

    def __getitem__(self, key):
        self._check(key)
        return self._on[key]

    def __setitem__(self, key, value):
        self._check(key)
        self._on[key] = bool(value)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, key):
        return key in self._on

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self._on[s] for s in _SIGNALS]

    def items(self):
        return [(s, self._on[s]) for s in _SIGNALS]

    def get(self, key, default=None):
        return self._on.get(key, default)

    def copy(self):
        other = _SignalDict()
        other._on = dict(self._on)
        return other

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._on == other._on
        if isinstance(other, dict):
            return self._on == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join("<class 'decimal.%s'>:%s" % (s.__name__, self._on[s]) for s in _SIGNALS) + '}'

    def _set(self):
        return [s for s in _REPR_ORDER if self._on[s]]


def _signal_dict(value):
    if isinstance(value, _SignalDict):
        return value.copy()
    if isinstance(value, dict):
        made = _SignalDict()
        for key, on in value.items():
            made[key] = on
        return made
    if isinstance(value, (list, tuple, set, frozenset)):
        for s in value:
            if s not in _SIGNALS:
                raise KeyError(_BAD_SIGNAL)
        return _SignalDict(value)
    raise TypeError('argument must be a signal dict')


def _int_in(name, value, low, high, message):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not low <= value <= high:
        raise ValueError(message)
    return value

# Each attribute's check, so that a bad value never reaches an operation.
_CHECKS = {
    'prec': lambda v: _int_in('prec', v, 1, MAX_PREC, 'valid range for prec is [1, MAX_PREC]'),
    'Emin': lambda v: _int_in('Emin', v, MIN_EMIN, 0, 'valid range for Emin is [MIN_EMIN, 0]'),
    'Emax': lambda v: _int_in('Emax', v, 0, MAX_EMAX, 'valid range for Emax is [0, MAX_EMAX]'),
    'capitals': lambda v: _int_in('capitals', v, 0, 1, 'valid values for capitals are 0 or 1'),
    'clamp': lambda v: _int_in('clamp', v, 0, 1, 'valid values for clamp are 0 or 1'),
    'flags': _signal_dict,
    'traps': _signal_dict,
}


def _check_rounding(value):
    if value not in _ROUNDINGS:
        raise TypeError(_BAD_ROUNDING)
    return value

_CHECKS['rounding'] = _check_rounding


class Context:
    """Precision, rounding, exponent limits, flags and traps for decimal arithmetic."""
    __module__ = 'decimal'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = _template
        self.prec = base.prec if prec is None else prec
        self.rounding = base.rounding if rounding is None else rounding
        self.Emin = base.Emin if Emin is None else Emin
        self.Emax = base.Emax if Emax is None else Emax
        self.capitals = base.capitals if capitals is None else capitals
        self.clamp = base.clamp if clamp is None else clamp
        self.flags = [] if flags is None else flags
        self.traps = base.traps if traps is None else traps

    def __setattr__(self, name, value):
        check = _CHECKS.get(name)
        if check is None:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, check(value))

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        def names(d):
            return '[' + ', '.join(s.__name__ for s in d._set()) + ']'
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   names(self.flags), names(self.traps)))

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                          self.flags._set(), self.traps._set()))

    def copy(self):
        """A new context with the same settings, flags and traps."""
        made = Context.__new__(Context)
        for name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp'):
            object.__setattr__(made, name, getattr(self, name))
        object.__setattr__(made, 'flags', self.flags.copy())
        object.__setattr__(made, 'traps', self.traps.copy())
        return made

    __copy__ = copy

    def clear_flags(self):
        """Reset every flag to False."""
        for s in _SIGNALS:
            self.flags._on[s] = False

    def clear_traps(self):
        """Reset every trap to False."""
        for s in _SIGNALS:
            self.traps._on[s] = False

    def Etiny(self):
        """The smallest exponent of a subnormal result, Emin - prec + 1."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """The largest exponent when clamping, Emax - prec + 1."""
        return self.Emax - self.prec + 1

    def radix(self):
        from decimal import Decimal
        return Decimal(10)

    def _note(self, conds):
        """Record conditions as flags; raise the first trapped signal, naming all trapped ones."""
        if not conds:
            return
        flags = self.flags._on
        traps = self.traps._on
        named = []
        for bit, cls, sig in _CONDITIONS:
            if conds & bit:
                flags[sig] = True
                if traps[sig]:
                    named.append(cls)
        if named:
            for sig in _SIGNALS:
                if traps[sig] and conds & _BITS_OF[sig]:
                    raise sig(named)


_BITS_OF = {s: 0 for s in _SIGNALS}
for _bit, _cls, _sig in _CONDITIONS:
    _BITS_OF[_sig] |= _bit


# The contexts a program starts from; DefaultContext is what each new thread's context copies.
_template = Context.__new__(Context)
for _name, _value in (('prec', 28), ('rounding', ROUND_HALF_EVEN), ('Emin', -999999), ('Emax', 999999),
                      ('capitals', 1), ('clamp', 0), ('flags', _SignalDict()),
                      ('traps', _SignalDict((InvalidOperation, DivisionByZero, Overflow)))):
    object.__setattr__(_template, _name, _value)
DefaultContext = _template
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

# One current context per thread, as contextvars gives CPython's; a thread that never asked
# gets a copy of DefaultContext as it is at that moment, with no flags set.
_current = {}


def getcontext():
    """The current thread's context."""
    tid = _thread_id()
    ctx = _current.get(tid)
    if ctx is None:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _current[tid] = ctx
    return ctx


def setcontext(context):
    """Make `context` the current thread's context (the three templates are copied first)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[_thread_id()] = context


class ContextManager:
    """What localcontext() returns: installs a copy of a context for a with block."""
    __module__ = 'decimal'

    def __init__(self, ctx):
        self.local = ctx

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.local)
        return self.local

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """A context manager whose block runs with a copy of `ctx` (or the current context)."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    local = ctx.copy()
    for name, value in kwargs.items():
        if name not in _CHECKS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(local, name, value)
    return ContextManager(local)
