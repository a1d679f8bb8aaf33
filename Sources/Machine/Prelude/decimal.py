# decimal: exact decimal arithmetic after the General Decimal Arithmetic specification, as
# Python's `decimal` documents it, with CPython's C `_decimal` as the oracle for results and
# messages. A Decimal is a sign, an integer coefficient and an exponent (value
# (-1)**sign * coefficient * 10**exponent), or an infinity or a NaN (quiet or signalling, the
# payload in the coefficient). Each operation computes its exact result, or enough digits and
# a sticky digit, and `_fit` rounds that into the context in one place. Signals and contexts
# live in _decimal_context.py, text in _decimal_text.py, ln/exp in _decimal_math.py, the
# number core and the operators in _decimal_arith.py, the other functions in _decimal_functions.py.
from _decimal_context import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
    ROUND_HALF_DOWN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY,
    DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
    DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow,
    Underflow, FloatOperation, Context, DefaultContext, BasicContext, ExtendedContext,
    getcontext, setcontext, localcontext, C_FLOAT, C_SYNTAX)
from _decimal_text import (FINITE, FormatSpec, INF, QNAN, SNAN, group_thousands, number_text,
    parse_number, special_text)
from _decimal_arith import (_NEVER_REFLECT, _add, _comparison, _digits, _divide, _divide_int,
    _divmod, _drop_digits, _from_float, _from_int, _from_tuple, _multiply, _must_convert, _nan,
    _new, _operand, _operator, _refuse, _remainder, _remainder_near, _result, _subtract)
from _decimal_functions import (_abs, _class_name, _compare, _compare_signal, _compare_total_raw,
    _copy_sign, _exp, _fma, _ln, _log10, _logb, _max, _max_mag, _min, _min_mag, _minus,
    _next_minus, _next_plus, _next_toward, _normalize, _plus, _power, _power_modulo, _quantize,
    _same_quantum, _scaleb, _sqrt, _to_integral, _unary_with_context, _with_context,
    _logical_and, _logical_or, _logical_xor, _logical_invert, _rotate, _shift)
import _decimal_arith
from collections import namedtuple as _namedtuple
from math import gcd as _gcd

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_HASH_MODULUS = 2305843009213693951
_HASH_TEN_INVERSE = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class Decimal:
    """A decimal floating-point number: sign, integer coefficient and exponent, or a special."""
    __slots__ = ('_sign', '_coef', '_exp', '_form')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            parsed = parse_number(value)
            if parsed is None:
                (context or getcontext())._note(C_SYNTAX)
                return _new(0, 0, 0, QNAN, cls)
            return _new(parsed[0], parsed[1], parsed[2], parsed[3], cls)
        if isinstance(value, Decimal):
            if type(value) is cls:
                return value
            return _new(value._sign, value._coef, value._exp, value._form, cls)
        if isinstance(value, int):
            return _from_int(value, cls)
        if isinstance(value, float):
            (context or getcontext())._note(C_FLOAT)
            return _from_float(value, cls)
        if isinstance(value, (tuple, list)):
            return _from_tuple(value, cls)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            return _from_int(f, cls)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        return _from_float(f, cls)

    def _parts(self):
        return self._sign, self._coef, self._exp

    # MARK: text

    def __str__(self):
        return self.to_sci_string()

    def to_sci_string(self, context=None):
        caps = (context or getcontext()).capitals
        if self._form:
            return special_text(self._sign, self._coef, self._form)
        return number_text(self._sign, self._coef, self._exp, caps)

    def to_eng_string(self, context=None):
        """The number in engineering notation (exponents in multiples of three)."""
        caps = (context or getcontext()).capitals
        if self._form:
            return special_text(self._sign, self._coef, self._form)
        return number_text(self._sign, self._coef, self._exp, caps, True)

    def __repr__(self):
        return "Decimal('%s')" % self.to_sci_string()

    def __format__(self, spec, _locale=None):
        ctx = getcontext()
        fmt = FormatSpec(spec)
        kind = fmt.type or ''
        if self._form:
            body = special_text(0, self._coef, self._form) + ('%' if kind == '%' else '')
            return fmt.lay_out(self._sign, body, True)
        sign, coef, exp = self._sign, self._coef, self._exp
        if kind == '%':
            exp += 2
        precision = fmt.precision
        mode = ctx.rounding
        if precision is not None:
            if kind in ('e', 'E'):
                keep = precision + 1
            elif kind in ('f', 'F', '%'):
                keep = None
            else:
                keep = max(precision, 1)
            if keep is None:
                if exp < -precision:
                    coef, _ = _drop_digits(sign, coef, -precision - exp, mode)
                else:
                    coef *= 10 ** (exp + precision)
                exp = -precision
            elif kind in ('e', 'E') or _digits(coef) > keep:
                extra = _digits(coef) - keep
                if extra > 0:
                    coef, _ = _drop_digits(sign, coef, extra, mode)
                    exp += extra
                    if _digits(coef) > keep:
                        coef //= 10
                        exp += 1
                elif coef:
                    coef *= 10 ** (-extra)
                    exp += extra
        if fmt.no_neg_zero and not coef:
            sign = 0
        digits = str(coef)
        point = exp + len(digits)
        if kind in ('', 'g', 'G', 'n'):
            caps = ctx.capitals if not kind else kind == 'G'
            scientific = not (exp <= 0 and point > -6)
            dot = 1 if scientific else point
            letter = 'E' if caps else 'e'
        elif kind in ('e', 'E'):
            scientific = True
            dot = 1 if coef or precision is None else 1 - precision
            letter = kind
        else:
            scientific = False
            if not coef and exp > 0:
                point = 1  # a zero shows no padding zeros before the point
            dot = point
            letter = ''
        if dot <= 0:
            whole, fraction = '0', '0' * -dot + digits
        elif dot >= len(digits):
            whole, fraction = digits + '0' * (dot - len(digits)), ''
        else:
            whole, fraction = digits[:dot], digits[dot:]
        tail = ('.' + fraction if fraction else '')
        if scientific:
            power = point - dot
            tail += letter + ('+' if power >= 0 else '-') + str(abs(power))
        if kind == '%':
            tail += '%'
        if fmt.grouping:
            room = 0
            if fmt.zero_pad and fmt.align is None:
                room = fmt.width - len(tail) - (1 if sign or fmt.sign in '+ ' else 0)
            whole = group_thousands(whole, room)
        return fmt.lay_out(sign, whole + tail, False)

    # MARK: conversions out

    def _integer(self, mode):
        if self._form >= QNAN:
            raise ValueError('cannot convert NaN to integer')
        if self._form == INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            value = self._coef * 10 ** self._exp
        else:
            value, _ = _drop_digits(self._sign, self._coef, -self._exp, mode)
        return -value if self._sign else value

    def __int__(self):
        return self._integer(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._integer(ROUND_FLOOR)

    def __ceil__(self):
        return self._integer(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integer(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def __float__(self):
        if self._form == SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._form == QNAN:
            return float('-nan') if self._sign else float('nan')
        return float(self.to_sci_string())

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._form != FINITE or self._coef != 0

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent); the exponent of a special is 'F', 'n' or 'N'."""
        if self._form == INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(ch) for ch in str(self._coef)) if self._coef or not self._form else ()
        if self._form:
            return DecimalTuple(self._sign, digits, 'n' if self._form == QNAN else 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """The value as (numerator, denominator) in lowest terms, denominator positive."""
        if self._form >= QNAN:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._form == INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._exp >= 0:
            num, den = self._coef * 10 ** self._exp, 1
        else:
            num, den = self._coef, 10 ** (-self._exp)
            common = _gcd(num, den)
            num, den = num // common, den // common
        return (-num if self._sign else num), den

    def __hash__(self):
        if self._form:
            if self._form == SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._form == QNAN:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._coef * pow(_HASH_TEN_INVERSE, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # MARK: arithmetic operators

    __add__ = _operator(_add, '+', False)
    __radd__ = _operator(_add, '+', True)
    __sub__ = _operator(_subtract, '-', False)
    __rsub__ = _operator(_subtract, '-', True)
    __mul__ = _operator(_multiply, '*', False)
    __rmul__ = _operator(_multiply, '*', True)
    __truediv__ = _operator(_divide, '/', False)
    __rtruediv__ = _operator(_divide, '/', True)
    __floordiv__ = _operator(_divide_int, '//', False)
    __rfloordiv__ = _operator(_divide_int, '//', True)
    __mod__ = _operator(_remainder, '%', False)
    __rmod__ = _operator(_remainder, '%', True)
    __divmod__ = _operator(_divmod, 'divmod()', False)
    __rdivmod__ = _operator(_divmod, 'divmod()', True)
    __rpow__ = _operator(_power, '** or pow()', True)

    def __pow__(self, other, modulo=None):
        o = _operand(other)
        if o is None:
            if type(other) in _NEVER_REFLECT:
                _refuse('** or pow()', self, other)
            return NotImplemented
        ctx = getcontext()
        if modulo is None:
            return _power(self, o, ctx)
        return _power_modulo(self, o, _must_convert(modulo), ctx)

    def __neg__(self):
        return _minus(self, getcontext())

    def __pos__(self):
        return _plus(self, getcontext())

    def __abs__(self):
        return _abs(self, getcontext())

    __eq__ = _comparison(lambda r: r == 0, False)
    __ne__ = _comparison(lambda r: r != 0, False)
    __lt__ = _comparison(lambda r: r < 0, True)
    __le__ = _comparison(lambda r: r <= 0, True)
    __gt__ = _comparison(lambda r: r > 0, True)
    __ge__ = _comparison(lambda r: r >= 0, True)

    # MARK: methods with a context

    compare = _with_context(_compare)
    compare_signal = _with_context(_compare_signal)
    max = _with_context(_max)
    min = _with_context(_min)
    max_mag = _with_context(_max_mag)
    min_mag = _with_context(_min_mag)
    remainder_near = _with_context(_remainder_near)
    next_toward = _with_context(_next_toward)
    scaleb = _with_context(_scaleb)
    logical_and = _with_context(_logical_and)
    logical_or = _with_context(_logical_or)
    logical_xor = _with_context(_logical_xor)
    rotate = _with_context(_rotate)
    shift = _with_context(_shift)
    logical_invert = _unary_with_context(_logical_invert)
    sqrt = _unary_with_context(_sqrt)
    exp = _unary_with_context(_exp)
    ln = _unary_with_context(_ln)
    log10 = _unary_with_context(_log10)
    logb = _unary_with_context(_logb)
    normalize = _unary_with_context(_normalize)
    next_plus = _unary_with_context(_next_plus)
    next_minus = _unary_with_context(_next_minus)
    number_class = _unary_with_context(_class_name)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of `exp`; InvalidOperation if the result needs more than prec digits."""
        return _quantize(self, _must_convert(exp), context or getcontext(), rounding)

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer (exponent 0), without signalling Inexact or Rounded."""
        return _to_integral(self, context or getcontext(), rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer, signalling Inexact and Rounded as a rounding does."""
        return _to_integral(self, context or getcontext(), rounding, True)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        return _fma(self, _must_convert(other), _must_convert(third), context or getcontext())

    def compare_total(self, other, context=None):
        return _from_int(_compare_total_raw(self, _must_convert(other)))

    def compare_total_mag(self, other, context=None):
        other = _must_convert(other)
        return _from_int(_compare_total_raw(self.copy_abs(), other.copy_abs()))

    def same_quantum(self, other, context=None):
        return _same_quantum(self, _must_convert(other))

    def copy_sign(self, other, context=None):
        return _copy_sign(self, _must_convert(other))

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._form)

    def copy_negate(self):
        return _new(self._sign ^ 1, self._coef, self._exp, self._form)

    def adjusted(self):
        """The exponent of the most significant digit (0 for a special)."""
        if self._form:
            return 0
        return self._exp + _digits(self._coef) - 1

    def canonical(self):
        return self

    def radix(self):
        return _new(0, 10, 0)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _new(0, 0, 0)

    def is_nan(self):
        return self._form >= QNAN

    def is_qnan(self):
        return self._form == QNAN

    def is_snan(self):
        return self._form == SNAN

    def is_infinite(self):
        return self._form == INF

    def is_finite(self):
        return self._form == FINITE

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._form == FINITE and not self._coef

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._form or not self._coef:
            return False
        return self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if self._form or not self._coef:
            return False
        return self.adjusted() < (context or getcontext()).Emin

    def __getattr__(self, name):
        raise AttributeError("'decimal.Decimal' object has no attribute '%s'" % name)


_decimal_arith.Decimal = Decimal


# MARK: - Context's arithmetic, made from one table

def _context_method(compute, operands):
    if operands == 1:
        def method(self, a):
            return compute(_must_convert(a), self)
    elif operands == 2:
        def method(self, a, b):
            return compute(_must_convert(a), _must_convert(b), self)
    else:
        def method(self, a, b, c):
            return compute(_must_convert(a), _must_convert(b), _must_convert(c), self)
    return method


for _name, _compute, _operands in (
        ('abs', _abs, 1), ('plus', _plus, 1), ('minus', _minus, 1), ('sqrt', _sqrt, 1),
        ('exp', _exp, 1), ('ln', _ln, 1), ('log10', _log10, 1), ('logb', _logb, 1),
        ('normalize', _normalize, 1), ('next_plus', _next_plus, 1), ('next_minus', _next_minus, 1),
        ('number_class', _class_name, 1),
        ('add', _add, 2), ('subtract', _subtract, 2), ('multiply', _multiply, 2),
        ('divide', _divide, 2), ('divide_int', _divide_int, 2), ('remainder', _remainder, 2),
        ('remainder_near', _remainder_near, 2), ('divmod', _divmod, 2), ('compare', _compare, 2),
        ('compare_signal', _compare_signal, 2), ('max', _max, 2), ('min', _min, 2),
        ('max_mag', _max_mag, 2), ('min_mag', _min_mag, 2), ('next_toward', _next_toward, 2),
        ('scaleb', _scaleb, 2), ('quantize', _quantize, 2), ('same_quantum', _same_quantum, 2),
        ('copy_sign', _copy_sign, 2), ('logical_and', _logical_and, 2), ('logical_or', _logical_or, 2),
        ('logical_xor', _logical_xor, 2), ('logical_invert', _logical_invert, 1), ('rotate', _rotate, 2),
        ('shift', _shift, 2), ('fma', _fma, 3)):
    setattr(Context, _name, _context_method(_compute, _operands))

# Predicates and copies that need no context, asked through one anyway.
for _name in ('is_nan', 'is_qnan', 'is_snan', 'is_infinite', 'is_finite', 'is_signed', 'is_zero',
              'is_canonical', 'copy_abs', 'copy_negate', 'canonical', 'adjusted'):
    setattr(Context, _name, (lambda name: lambda self, a: getattr(_must_convert(a), name)())(_name))


def _context_power(self, a, b, modulo=None):
    a, b = _must_convert(a), _must_convert(b)
    if modulo is None:
        return _power(a, b, self)
    return _power_modulo(a, b, _must_convert(modulo), self)


def _context_create_decimal(self, num='0'):
    d = Decimal(num, self)
    if d._form >= QNAN:
        if d._coef and _digits(d._coef) > self.prec - self.clamp:
            return _nan(self, C_SYNTAX)
        return d
    if d._form == INF:
        return d
    return _result(self, d._sign, d._coef, d._exp)


def _context_create_from_float(self, f):
    d = Decimal.from_float(f)
    if isinstance(f, float):
        self._note(C_FLOAT)
    return _result(self, d._sign, d._coef, d._exp) if d._form == FINITE else d


Context.power = _context_power
Context.create_decimal = _context_create_decimal
Context.create_decimal_from_float = _context_create_from_float
Context.is_normal = lambda self, a: _must_convert(a).is_normal(self)
Context.is_subnormal = lambda self, a: _must_convert(a).is_subnormal(self)
Context.to_sci_string = lambda self, a: _must_convert(a).to_sci_string(self)
Context.to_eng_string = lambda self, a: _must_convert(a).to_eng_string(self)
Context.to_integral_value = lambda self, a: _to_integral(_must_convert(a), self, None, False)
Context.to_integral = Context.to_integral_value
Context.to_integral_exact = lambda self, a: _to_integral(_must_convert(a), self, None, True)
Context.compare_total = lambda self, a, b: _must_convert(a).compare_total(b)
Context.compare_total_mag = lambda self, a, b: _must_convert(a).compare_total_mag(b)

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
           'InvalidContext', 'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
           'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN',
           'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX',
           'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']
