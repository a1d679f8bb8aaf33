# decimal: exact decimal arithmetic after the General Decimal Arithmetic specification, as
# Python's `decimal` documents it, with CPython's C `_decimal` as the oracle for results and
# messages. A Decimal is a sign, an integer coefficient and an exponent (value
# (-1)**sign * coefficient * 10**exponent), or an infinity or a NaN (quiet or signalling, the
# payload in the coefficient). Each operation computes its exact result, or enough digits and
# a sticky digit, and `_fit` rounds that into the context in one place. Signals and contexts
# live in _decimal_context.py, text in _decimal_text.py, ln/exp in _decimal_math.py.
from _decimal_context import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
    ROUND_HALF_DOWN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY,
    DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
    DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow,
    Underflow, FloatOperation, Context, DefaultContext, BasicContext, ExtendedContext,
    getcontext, setcontext, localcontext,
    C_INVALID, C_SYNTAX, C_IMPOSSIBLE, C_UNDEFINED, C_FLOAT, C_DIVZERO, C_INEXACT, C_ROUNDED,
    C_CLAMPED, C_SUBNORMAL, C_UNDERFLOW, C_OVERFLOW)
from _decimal_text import (FINITE, INF, QNAN, SNAN, parse_number, special_text, number_text,
                           FormatSpec, group_thousands)
import _decimal_math
from collections import namedtuple as _namedtuple
from math import isqrt as _isqrt, gcd as _gcd, copysign as _copysign

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_HASH_MODULUS = 2305843009213693951
_HASH_TEN_INVERSE = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)
# Types whose own reflected operator never accepts a Decimal: refusing them at once lets the
# TypeError name the C type, 'decimal.Decimal', as CPython's does.
_NEVER_REFLECT = (float, complex, str, bytes, list, tuple, dict, set, type(None))


def _new(sign, coef, exp, form=FINITE, cls=None):
    d = object.__new__(cls or Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._form = form
    return d


def _digits(n):
    return len(str(n))


# MARK: - rounding into a context

def _round_up(mode, sign, kept, lost, unit):
    """Whether dropping `lost` (0 < lost < unit) from `kept` moves kept one step away from zero."""
    if mode == ROUND_HALF_EVEN:
        return lost * 2 > unit or (lost * 2 == unit and kept % 2 == 1)
    if mode == ROUND_HALF_UP:
        return lost * 2 >= unit
    if mode == ROUND_HALF_DOWN:
        return lost * 2 > unit
    if mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_CEILING:
        return not sign
    if mode == ROUND_FLOOR:
        return bool(sign)
    return kept % 5 == 0  # ROUND_05UP


def _drop_digits(sign, coef, count, mode):
    """coef without its last `count` digits, rounded by mode; and whether non-zero ones went."""
    if not coef:
        return 0, False
    if count > _digits(coef):
        # Everything goes, and less than half a unit: decide as for any small remainder.
        return (1 if _round_up(mode, sign, 0, 1, 10) else 0), coef != 0
    unit = 10 ** count
    kept, lost = divmod(coef, unit)
    if lost and _round_up(mode, sign, kept, lost, unit):
        kept += 1
    return kept, lost != 0


def _fit(sign, coef, exp, ctx, mode=None):
    """Round sign/coef/exp into ctx: (coef, exp, form, conditions)."""
    prec = ctx.prec
    mode = mode or ctx.rounding
    etiny = ctx.Emin - prec + 1
    if not coef:
        top = ctx.Emax - prec + 1 if ctx.clamp else ctx.Emax
        if exp < etiny:
            return 0, etiny, FINITE, C_CLAMPED
        if exp > top:
            return 0, top, FINITE, C_CLAMPED
        return 0, exp, FINITE, 0
    n = _digits(coef)
    if exp + n - 1 < ctx.Emin:
        conds = C_SUBNORMAL
        if exp < etiny:
            coef, inexact = _drop_digits(sign, coef, etiny - exp, mode)
            exp = etiny
            conds |= C_ROUNDED
            if inexact:
                conds |= C_INEXACT | C_UNDERFLOW
                if not coef:
                    conds |= C_CLAMPED
        return coef, exp, FINITE, conds
    conds = 0
    if n > prec:
        coef, inexact = _drop_digits(sign, coef, n - prec, mode)
        exp += n - prec
        conds = C_ROUNDED | (C_INEXACT if inexact else 0)
        if _digits(coef) > prec:
            coef //= 10
            exp += 1
        n = prec
    if exp + n - 1 > ctx.Emax:
        conds |= C_OVERFLOW | C_INEXACT | C_ROUNDED
        to_max = (mode in (ROUND_DOWN, ROUND_05UP) or (mode == ROUND_CEILING and sign)
                  or (mode == ROUND_FLOOR and not sign))
        if to_max:
            return 10 ** prec - 1, ctx.Emax - prec + 1, FINITE, conds
        return 0, 0, INF, conds
    if ctx.clamp and exp > ctx.Emax - prec + 1:
        top = ctx.Emax - prec + 1
        coef *= 10 ** (exp - top)
        exp = top
        conds |= C_CLAMPED
    return coef, exp, FINITE, conds


def _result(ctx, sign, coef, exp, conds=0, mode=None):
    """The Decimal for an exact (or sticky) value, rounded into ctx, with its conditions."""
    coef, exp, form, more = _fit(sign, coef, exp, ctx, mode)
    ctx._note(conds | more)
    return _new(sign, coef, exp, form)


def _nan(ctx, conds):
    ctx._note(conds)
    return _new(0, 0, 0, QNAN)


def _infinity(sign):
    return _new(sign, 0, 0, INF)


def _propagate_nan(a, b, ctx):
    """The NaN an operation on a (and b) returns, or None when neither is a NaN."""
    if a._form < QNAN and (b is None or b._form < QNAN):
        return None
    for x in (a, b):
        if x is not None and x._form == SNAN:
            ctx._note(C_INVALID)
            return _new(x._sign, x._coef, 0, QNAN)
    x = a if a._form == QNAN else b
    return _new(x._sign, x._coef, 0, QNAN)


def _sticky_check(sign, approx, slack, exp, ctx, mode=None):
    """A coefficient that rounds as every value within `slack` units of `approx` would, or None.

    This is how ln, exp and non-integer powers come out correctly rounded: the caller widens
    its working precision until the answer no longer depends on its last digits."""
    low = (approx - slack - 1) * 10 + 1
    high = (approx + slack + 1) * 10 - 1
    if low <= 0:
        return None
    if _fit(sign, low, exp - 1, ctx, mode)[:3] != _fit(sign, high, exp - 1, ctx, mode)[:3]:
        return None
    return low


# MARK: - conversions

def _from_int(n, cls=None):
    return _new(1 if n < 0 else 0, abs(n), 0, FINITE, cls)


def _from_float(f, cls=None):
    if f != f:
        return _new(0, 0, 0, QNAN, cls)
    negative = _copysign(1.0, f) < 0
    if f in (float('inf'), float('-inf')):
        return _new(1 if negative else 0, 0, 0, INF, cls)
    num, den = abs(f).as_integer_ratio()
    twos = den.bit_length() - 1
    # n / 2**k is n * 5**k / 10**k: every binary float is a finite decimal.
    return _new(1 if negative else 0, num * 5 ** twos, -twos, FINITE, cls)


def _from_tuple(value, cls):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        form = {'F': INF, 'n': QNAN, 'N': SNAN}.get(exp)
        if form is None:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        exp = 0
    elif isinstance(exp, int):
        form = FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + digit
    if form == INF:
        coef = 0
    return _new(sign, coef, exp, form, cls)


def _operand(x):
    """x as a Decimal for arithmetic (Decimal or int), else None."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    return None


def _must_convert(x):
    """x as a Decimal where only a Decimal or an int will do (Context methods, quantize...)."""
    d = _operand(x)
    if d is None:
        raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)
    return d


def _type_name(x):
    return 'decimal.Decimal' if type(x) is Decimal else type(x).__name__


def _refuse(symbol, left, right):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (symbol, _type_name(left), _type_name(right)))


def _operator(compute, symbol, reflected):
    """A binary dunder method that converts an int operand and defers anything else."""
    if reflected:
        def method(self, other):
            o = _operand(other)
            if o is None:
                _refuse(symbol, other, self)
            return compute(o, self, getcontext())
    else:
        def method(self, other):
            o = _operand(other)
            if o is None:
                if symbol == '*' and type(other) in (str, bytes, list, tuple):
                    raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
                if type(other) in _NEVER_REFLECT:
                    _refuse(symbol, self, other)
                return NotImplemented
            return compute(self, o, getcontext())
    return method


def _comparable(a, other, ordering):
    """(a, b) to compare a with other as two Decimals, or None for NotImplemented.

    Floats compare exactly (flagging FloatOperation, which only an ordering may raise);
    a Fraction n/d compares as a*d against n."""
    if isinstance(other, Decimal):
        return a, other
    if isinstance(other, int):
        return a, _from_int(other)
    if isinstance(other, complex):
        if ordering or other.imag:
            return None
        other = other.real
    if isinstance(other, float):
        ctx = getcontext()
        if ordering:
            ctx._note(C_FLOAT)
        else:
            ctx.flags[FloatOperation] = True
        return a, _from_float(other)
    if type(other).__name__ == 'Fraction' and hasattr(other, 'denominator'):
        scaled = _new(a._sign, a._coef * other.denominator, a._exp, a._form)
        if a._form >= QNAN:
            scaled = a
        return scaled, _from_int(other.numerator)
    return None


def _order(a, b):
    """-1, 0 or 1 as a < b, a == b, a > b, for two non-NaN Decimals."""
    if a._form or b._form:
        rank_a = (-1 if a._sign else 1) if a._form else 0
        rank_b = (-1 if b._sign else 1) if b._form else 0
        if rank_a != rank_b:
            return -1 if rank_a < rank_b else 1
        if rank_a:
            return 0
    if not a._coef or not b._coef:
        if not b._coef:
            return 0 if not a._coef else (-1 if a._sign else 1)
        return 1 if b._sign else -1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    top_a = a._exp + _digits(a._coef)
    top_b = b._exp + _digits(b._coef)
    if top_a != top_b:
        larger = top_a > top_b
    else:
        low = min(a._exp, b._exp)
        va = a._coef * 10 ** (a._exp - low)
        vb = b._coef * 10 ** (b._exp - low)
        if va == vb:
            return 0
        larger = va > vb
    return (-1 if larger else 1) if a._sign else (1 if larger else -1)


def _comparison(test, ordering):
    """A rich comparison; test gets _order's -1/0/1, or None when a NaN makes them unordered.

    A NaN in an ordering (and a signalling NaN anywhere) is InvalidOperation."""
    def method(self, other):
        pair = _comparable(self, other, ordering)
        if pair is None:
            return NotImplemented
        a, b = pair
        if a._form >= QNAN or b._form >= QNAN:
            if ordering or a._form == SNAN or b._form == SNAN:
                getcontext()._note(C_INVALID)
            return False if ordering else test(None)
        return test(_order(a, b))
    return method


# MARK: - arithmetic on Decimals (each takes the context last)

def _sum(sign_a, coef_a, exp_a, sign_b, coef_b, exp_b, ctx):
    if coef_a and coef_b:
        top_a = exp_a + _digits(coef_a)
        top_b = exp_b + _digits(coef_b)
        if top_a < top_b:
            sign_a, coef_a, exp_a, top_a, sign_b, coef_b, exp_b, top_b = (
                sign_b, coef_b, exp_b, top_b, sign_a, coef_a, exp_a, top_a)
        # An operand wholly below the digits the result can keep only steers the rounding:
        # one digit stands in for it, instead of aligning across a huge exponent gap.
        floor = min(exp_a, top_a - ctx.prec - 3)
        if top_b < floor:
            coef_b, exp_b = 1, floor - 1
    elif coef_a and exp_b < exp_a - ctx.prec - 1:
        exp_b = exp_a - ctx.prec - 1  # a zero's low exponent only adds zeros rounding drops
    elif coef_b and exp_a < exp_b - ctx.prec - 1:
        exp_a = exp_b - ctx.prec - 1
    low = min(exp_a, exp_b)
    va = coef_a * 10 ** (exp_a - low)
    vb = coef_b * 10 ** (exp_b - low)
    total = (-va if sign_a else va) + (-vb if sign_b else vb)
    if total:
        return _result(ctx, 1 if total < 0 else 0, abs(total), low)
    floor_mode = ctx.rounding == ROUND_FLOOR
    if coef_a or coef_b:
        sign = 1 if floor_mode else 0  # x + -x
    else:
        sign = (sign_a | sign_b) if floor_mode else (sign_a & sign_b)
    return _result(ctx, sign, 0, low)


def _add(a, b, ctx, flip=0):
    sign_b = b._sign ^ flip
    if a._form or b._form:
        nan = _propagate_nan(a, b, ctx)
        if nan is not None:
            return nan
        if a._form == INF:
            if b._form == INF and a._sign != sign_b:
                return _nan(ctx, C_INVALID)
            return _infinity(a._sign)
        return _infinity(sign_b)
    return _sum(a._sign, a._coef, a._exp, sign_b, b._coef, b._exp, ctx)


def _subtract(a, b, ctx):
    return _add(a, b, ctx, 1)


def _multiply(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._form or b._form:
        nan = _propagate_nan(a, b, ctx)
        if nan is not None:
            return nan
        if (a._form == FINITE and not a._coef) or (b._form == FINITE and not b._coef):
            return _nan(ctx, C_INVALID)
        return _infinity(sign)
    return _result(ctx, sign, a._coef * b._coef, a._exp + b._exp)


def _special_division(a, b, ctx, sign, zero_exp):
    """The result of a division-like operation with a NaN, an infinity or a zero divisor.

    A finite number over Infinity is a zero with exponent zero_exp (then clamped by ctx)."""
    nan = _propagate_nan(a, b, ctx)
    if nan is not None:
        return nan
    if a._form == INF:
        return _nan(ctx, C_INVALID) if b._form == INF else _infinity(sign)
    if b._form == INF:
        return _result(ctx, sign, 0, zero_exp)
    if not a._coef:
        return _nan(ctx, C_UNDEFINED)
    ctx._note(C_DIVZERO)
    return _infinity(sign)


def _divide(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._form or b._form or not b._coef:
        return _special_division(a, b, ctx, sign, ctx.Emin - ctx.prec)
    ideal = a._exp - b._exp
    if not a._coef:
        return _result(ctx, sign, 0, ideal)
    shift = max(0, _digits(b._coef) - _digits(a._coef) + ctx.prec + 1)
    quotient, rest = divmod(a._coef * 10 ** shift, b._coef)
    exp = ideal - shift
    if rest:
        quotient = quotient * 10 + 1
        exp -= 1
    else:
        while exp < ideal and quotient % 10 == 0:
            quotient //= 10
            exp += 1
    return _result(ctx, sign, quotient, exp)


def _integer_quotient(a, b, ctx):
    """trunc(|a| / |b|) for finite non-zero a, b, or None when it has more digits than prec."""
    if (a._exp + _digits(a._coef)) - (b._exp + _digits(b._coef)) > ctx.prec:
        return None
    if a._exp + _digits(a._coef) < b._exp + _digits(b._coef):
        return 0
    if a._exp >= b._exp:
        q = a._coef * 10 ** (a._exp - b._exp) // b._coef
    else:
        q = a._coef // (b._coef * 10 ** (b._exp - a._exp))
    return None if _digits(q) > ctx.prec else q


def _divide_int(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._form or b._form or not b._coef:
        return _special_division(a, b, ctx, sign, 0)
    if not a._coef:
        return _result(ctx, sign, 0, 0)
    q = _integer_quotient(a, b, ctx)
    if q is None:
        return _nan(ctx, C_IMPOSSIBLE)
    return _result(ctx, sign, q, 0)


def _remainder_parts(a, b, ctx):
    """(quotient, remainder coefficient, exponent) of truncating |a| by |b|, or None."""
    q = _integer_quotient(a, b, ctx)
    if q is None:
        return None
    low = min(a._exp, b._exp)
    rest = a._coef * 10 ** (a._exp - low)
    if q:
        rest -= q * b._coef * 10 ** (b._exp - low)
    return q, rest, low


def _remainder(a, b, ctx):
    if a._form or b._form or not b._coef:
        nan = _propagate_nan(a, b, ctx)
        if nan is not None:
            return nan
        if a._form == INF:
            return _nan(ctx, C_INVALID)
        if b._form == INF:
            return _result(ctx, a._sign, a._coef, a._exp)
        return _nan(ctx, C_UNDEFINED if not a._coef else C_INVALID)
    if not a._coef:
        return _result(ctx, a._sign, 0, min(a._exp, b._exp))
    parts = _remainder_parts(a, b, ctx)
    if parts is None:
        return _nan(ctx, C_IMPOSSIBLE)
    return _result(ctx, a._sign, parts[1], parts[2])


def _divmod(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._form or b._form or not b._coef:
        nan = _propagate_nan(a, b, ctx)
        if nan is not None:
            return nan, nan
        if a._form == INF:
            if b._form == INF:
                nan = _nan(ctx, C_INVALID)
                return nan, nan
            return _infinity(sign), _nan(ctx, C_INVALID)
        if b._form == INF:
            return _result(ctx, sign, 0, 0), _result(ctx, a._sign, a._coef, a._exp)
        if not a._coef:
            nan = _nan(ctx, C_UNDEFINED)
            return nan, nan
        return _infinity(sign), _nan(ctx, C_INVALID | C_DIVZERO)
    if not a._coef:
        return _result(ctx, sign, 0, 0), _result(ctx, a._sign, 0, min(a._exp, b._exp))
    parts = _remainder_parts(a, b, ctx)
    if parts is None:
        nan = _nan(ctx, C_IMPOSSIBLE)
        return nan, nan
    return _result(ctx, sign, parts[0], 0), _result(ctx, a._sign, parts[1], parts[2])


def _remainder_near(a, b, ctx):
    if a._form or b._form or not b._coef:
        return _remainder(a, b, ctx)
    if not a._coef:
        return _result(ctx, a._sign, 0, min(a._exp, b._exp))
    parts = _remainder_parts(a, b, ctx)
    if parts is None:
        return _nan(ctx, C_IMPOSSIBLE)
    q, rest, low = parts
    divisor = b._coef * 10 ** (b._exp - low)
    sign = a._sign
    # Past half the divisor (or at half with an odd quotient) the next multiple is nearer.
    if rest * 2 > divisor or (rest * 2 == divisor and q % 2 == 1):
        rest = divisor - rest
        sign ^= 1
        q += 1
    if _digits(q) > ctx.prec:
        return _nan(ctx, C_IMPOSSIBLE)
    return _result(ctx, sign, rest, low)


def _is_integral(d):
    if d._form != FINITE or d._exp >= 0 or not d._coef:
        return d._form == FINITE
    return -d._exp < _digits(d._coef) and d._coef % 10 ** (-d._exp) == 0


def _integral_value(d):
    return (-1 if d._sign else 1) * (d._coef * 10 ** d._exp if d._exp >= 0 else d._coef // 10 ** (-d._exp))


def _approx_log10(d):
    """log10(|d|) as a float, for finite non-zero d of any exponent."""
    text = str(d._coef)
    lead = int(text[:15])
    from math import log10
    return d._exp + len(text) - min(15, len(text)) + log10(lead)


def _power(a, b, ctx):
    nan = _propagate_nan(a, b, ctx)
    if nan is not None:
        return nan
    integral = _is_integral(b)
    odd = integral and _integral_value(b) % 2 == 1
    sign = a._sign if odd else 0
    if a._form == FINITE and not a._coef:
        if b._form == FINITE and not b._coef:
            return _nan(ctx, C_INVALID)
        if b._sign:
            return _infinity(sign)
        return _new(sign, 0, 0)
    if a._form == INF:
        if b._form == FINITE and not b._coef:
            return _new(0, 1, 0)
        return _new(sign, 0, 0) if b._sign else _infinity(sign)
    if b._form == INF:
        if a._sign:
            return _nan(ctx, C_INVALID)
        side = _order(_new(0, a._coef, a._exp), _new(0, 1, 0))
        if side == 0:
            return _result(ctx, 0, 10 ** (ctx.prec + 1) + 1, -ctx.prec - 1)
        return _infinity(0) if (side > 0) != bool(b._sign) else _new(0, 0, 0)
    if not b._coef:
        return _new(0, 1, 0)
    if a._sign and not integral:
        return _nan(ctx, C_INVALID)
    if integral:
        return _power_integral(a, _integral_value(b), sign, ctx)
    return _power_real(a, b, ctx)


def _power_integral(a, n, sign, ctx):
    size = abs(n) * _approx_log10(a)
    if size > ctx.Emax + 2:
        return _result(ctx, sign, 1, ctx.Emax + 2)
    if size < ctx.Emin - ctx.prec - 2:
        return _result(ctx, sign, 1, ctx.Emin - ctx.prec - 2)
    count = abs(n)
    if count * _digits(a._coef) <= 4000:
        coef, exp, inexact = a._coef ** count, a._exp * count, False
    else:
        # Too many digits to keep: square and multiply on a few more digits than prec.
        keep = ctx.prec + _digits(count) + 6
        coef, exp, inexact = 1, 0, False
        base_coef, base_exp = a._coef, a._exp
        while count:
            if count & 1:
                coef, exp = coef * base_coef, exp + base_exp
                extra = _digits(coef) - keep
                if extra > 0:
                    inexact = inexact or coef % 10 ** extra != 0
                    coef, exp = coef // 10 ** extra, exp + extra
            count >>= 1
            if count:
                base_coef, base_exp = base_coef * base_coef, base_exp * 2
                extra = _digits(base_coef) - keep
                if extra > 0:
                    inexact = inexact or base_coef % 10 ** extra != 0
                    base_coef, base_exp = base_coef // 10 ** extra, base_exp + extra
        if inexact:
            coef, exp = coef * 10 + 1, exp - 1
    if n > 0:
        return _result(ctx, sign, coef, exp)
    reciprocal = _divide(_new(0, 1, 0), _new(0, coef, exp), ctx)
    if reciprocal._form == FINITE:
        reciprocal._sign = sign
    return reciprocal


def _power_real(a, b, ctx):
    """a**b for a > 0 and non-integral b, as exp(b * ln(a)); always Inexact, as _decimal's."""
    scale = ctx.prec + 8
    tries = 0
    top = (max(ctx.Emax, -ctx.Emin + ctx.prec) + 3) * 2303 // 1000 + 1
    while True:
        extra = max(0, b._exp + _digits(b._coef)) + 3
        log_a = _decimal_math.ln_fixed(a._coef, a._exp, scale + extra)
        product = log_a * b._coef
        shift = b._exp - extra
        z = product * 10 ** shift if shift >= 0 else product // 10 ** (-shift)
        if b._sign:
            z = -z
        if abs(z) > top * 10 ** scale:
            return _result(ctx, 0, 1, ctx.Emax + 2 if z > 0 else ctx.Emin - ctx.prec - 2)
        m, k = _decimal_math.exp_fixed(z, scale)
        coef = _sticky_check(0, m, 100, k - scale, ctx)
        tries += 1
        if coef is not None or tries == 3:
            return _result(ctx, 0, coef or m * 10 + 1, k - scale - 1)
        scale *= 2


def _power_modulo(a, b, m, ctx):
    for x in (a, b, m):
        if x._form == SNAN:
            return _propagate_nan(x, None, ctx)
    for x in (a, b, m):
        if x._form == QNAN:
            return _propagate_nan(x, None, ctx)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _nan(ctx, C_INVALID)
    base, power, modulus = _integral_value(a), _integral_value(b), _integral_value(m)
    if power < 0 or modulus == 0 or (base == 0 and power == 0) or _digits(abs(modulus)) > ctx.prec:
        return _nan(ctx, C_INVALID)
    value = pow(abs(base), power, abs(modulus))
    sign = 1 if base < 0 and power % 2 == 1 else 0
    return _result(ctx, sign, value, 0)


def _sqrt(a, ctx):
    nan = _propagate_nan(a, None, ctx)
    if nan is not None:
        return nan
    if a._form == FINITE and not a._coef:
        return _result(ctx, a._sign, 0, a._exp // 2)
    if a._sign:
        return _nan(ctx, C_INVALID)
    if a._form == INF:
        return _infinity(0)
    ideal = a._exp // 2
    coef, exp = a._coef, a._exp
    if exp % 2:
        coef, exp = coef * 10, exp - 1
    pairs = max(0, ctx.prec + 1 - _digits(coef) // 2)
    coef *= 10 ** (2 * pairs)
    exp -= 2 * pairs
    root = _isqrt(coef)
    exp //= 2
    if root * root != coef:
        root, exp = root * 10 + 1, exp - 1
    else:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    return _result(ctx, 0, root, exp, 0, ROUND_HALF_EVEN)


def _exp(a, ctx):
    nan = _propagate_nan(a, None, ctx)
    if nan is not None:
        return nan
    if a._form == INF:
        return _new(0, 0, 0) if a._sign else _infinity(0)
    if not a._coef:
        return _new(0, 1, 0)
    prec = ctx.prec
    top = a._exp + _digits(a._coef)
    if top < -prec - 2:
        # e**x within 10**-(prec+2) of 1: only the side of 1 it falls on matters.
        near = 10 ** (prec + 3)
        return _result(ctx, 0, near - 1 if a._sign else near + 1, -prec - 3, 0, ROUND_HALF_EVEN)
    limit = (max(ctx.Emax, -ctx.Emin + prec) + 3) * 2.303
    if top > 8 or 10 ** _approx_log10(a) > limit:
        if a._sign:
            return _result(ctx, 0, 1, ctx.Emin - prec - 2, 0, ROUND_HALF_EVEN)
        return _result(ctx, 0, 1, ctx.Emax + 2, 0, ROUND_HALF_EVEN)
    scale = prec + 8
    while True:
        shift = a._exp + scale
        z = a._coef * 10 ** shift if shift >= 0 else a._coef // 10 ** (-shift)
        if a._sign:
            z = -z
        m, k = _decimal_math.exp_fixed(z, scale)
        coef = _sticky_check(0, m, 100, k - scale, ctx, ROUND_HALF_EVEN)
        if coef is not None:
            return _result(ctx, 0, coef, k - scale - 1, 0, ROUND_HALF_EVEN)
        scale *= 2


def _log_special(a, ctx):
    """The result of ln or log10 for a NaN, an infinity, zero or a negative number, else None."""
    nan = _propagate_nan(a, None, ctx)
    if nan is not None:
        return nan
    if a._form == FINITE and not a._coef:
        return _infinity(1)
    if a._sign:
        return _nan(ctx, C_INVALID)
    if a._form == INF:
        return _infinity(0)
    return None


def _log_rounded(a, ctx, fixed):
    """A logarithm correctly rounded: fixed(scale) gives the value times 10**scale."""
    scale = ctx.prec + 8
    if a._exp < 0 and a._exp + _digits(a._coef) in (0, 1):
        # Near 1 a logarithm is about a - 1, so it needs as many more places as a - 1 has zeros.
        gap = abs(a._coef - 10 ** (-a._exp))
        scale += max(0, -(a._exp + _digits(gap)))
    while True:
        value = fixed(scale)
        sign = 1 if value < 0 else 0
        coef = _sticky_check(sign, abs(value), 100, -scale, ctx, ROUND_HALF_EVEN)
        if coef is not None:
            return _result(ctx, sign, coef, -scale - 1, 0, ROUND_HALF_EVEN)
        scale *= 2


def _ln(a, ctx):
    special = _log_special(a, ctx)
    if special is not None:
        return special
    if a._exp <= 0 and _digits(a._coef) == 1 - a._exp and str(a._coef).rstrip('0') == '1':
        return _new(0, 0, 0)  # ln(1) is exactly 0
    return _log_rounded(a, ctx, lambda scale: _decimal_math.ln_fixed(a._coef, a._exp, scale))


def _log10(a, ctx):
    special = _log_special(a, ctx)
    if special is not None:
        return special
    if str(a._coef).rstrip('0') == '1':
        # A power of ten has an exact logarithm.
        return _from_int(a._exp + _digits(a._coef) - 1)
    def fixed(scale):
        wide = scale + 4
        return _decimal_math.ln_fixed(a._coef, a._exp, wide) * 10 ** scale // _decimal_math.ln10(wide)
    return _log_rounded(a, ctx, fixed)


def _rescale(a, exp, ctx, mode):
    """a with exponent exp (quantize's core): (coef, conditions) or None when it cannot fit."""
    if exp <= a._exp:
        if a._coef and _digits(a._coef) + a._exp - exp > ctx.prec:
            return None
        coef = a._coef * 10 ** (a._exp - exp)
        conds = 0
    else:
        coef, inexact = _drop_digits(a._sign, a._coef, exp - a._exp, mode)
        conds = (C_ROUNDED if a._coef else 0) | (C_INEXACT if inexact else 0)
    if _digits(coef) > ctx.prec:
        return None
    return coef, conds


def _quantize(a, q, ctx, mode=None):
    nan = _propagate_nan(a, q, ctx)
    if nan is not None:
        return nan
    if a._form == INF or q._form == INF:
        if a._form == INF and q._form == INF:
            return _infinity(a._sign)
        return _nan(ctx, C_INVALID)
    if not ctx.Emin - ctx.prec + 1 <= q._exp <= ctx.Emax:
        return _nan(ctx, C_INVALID)
    done = _rescale(a, q._exp, ctx, mode or ctx.rounding)
    if done is None:
        return _nan(ctx, C_INVALID)
    coef, conds = done
    if coef and q._exp + _digits(coef) - 1 < ctx.Emin:
        conds |= C_SUBNORMAL | (C_UNDERFLOW if conds & C_INEXACT else 0)
    ctx._note(conds)
    return _new(a._sign, coef, q._exp)


def _to_integral(a, ctx, mode, exact):
    nan = _propagate_nan(a, None, ctx)
    if nan is not None:
        return nan
    if a._form == INF or a._exp >= 0:
        return _new(a._sign, a._coef, a._exp, a._form)
    coef, inexact = _drop_digits(a._sign, a._coef, -a._exp, mode or ctx.rounding)
    if exact:
        ctx._note(C_ROUNDED | (C_INEXACT if inexact else 0))
    return _new(a._sign, coef, 0)


def _plus(a, ctx, flip=0):
    """0 + a (or 0 - a): a rounded into ctx; a zero comes out positive unless rounding floors."""
    nan = _propagate_nan(a, None, ctx)
    if nan is not None:
        return nan
    sign = a._sign ^ flip
    if a._form == INF:
        return _infinity(sign)
    if not a._coef and ctx.rounding != ROUND_FLOOR:
        sign = 0
    return _result(ctx, sign, a._coef, a._exp)


def _minus(a, ctx):
    return _plus(a, ctx, 1)


def _abs(a, ctx):
    return _plus(a, ctx, a._sign)


def _fma(a, b, c, ctx):
    if a._form or b._form:
        # A product with a special is exact (or NaN), so rounding it first changes nothing.
        return _add(_multiply(a, b, ctx), c, ctx)
    if c._form:
        return _add(_new(a._sign ^ b._sign, a._coef * b._coef, a._exp + b._exp), c, ctx)
    return _sum(a._sign ^ b._sign, a._coef * b._coef, a._exp + b._exp, c._sign, c._coef, c._exp, ctx)


def _compare(a, b, ctx, signal=False):
    nan = _propagate_nan(a, b, ctx)
    if nan is not None:
        if signal and nan._form == QNAN and (a._form == QNAN or b._form == QNAN):
            ctx._note(C_INVALID)
        return nan
    return _from_int(_order(a, b))


def _compare_signal(a, b, ctx):
    return _compare(a, b, ctx, True)


def _total_key(d):
    """Sort key of the total order: -NaN < -sNaN < -Inf < finite < Inf < sNaN < NaN."""
    rank = {FINITE: 0, INF: 1, SNAN: 2, QNAN: 3}[d._form]
    return rank


def _compare_total_raw(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    ra, rb = _total_key(a), _total_key(b)
    if ra != rb:
        return flip * (-1 if ra < rb else 1)
    if ra >= 2:
        return flip * ((a._coef > b._coef) - (a._coef < b._coef))
    if ra == 1:
        return 0
    order = _order(_new(0, a._coef, a._exp), _new(0, b._coef, b._exp))
    if order == 0:
        order = (a._exp > b._exp) - (a._exp < b._exp)
    return flip * order


def _pick(a, b, ctx, larger, by_magnitude=False):
    """max, min, max_mag or min_mag: a quiet NaN loses to a number; ties go by sign and exponent."""
    if a._form >= QNAN or b._form >= QNAN:
        if a._form == SNAN or b._form == SNAN or (a._form >= QNAN and b._form >= QNAN):
            return _propagate_nan(a, b, ctx)
        chosen = b if a._form == QNAN else a
        return _result(ctx, chosen._sign, chosen._coef, chosen._exp) if chosen._form == FINITE else _infinity(chosen._sign)
    if by_magnitude:
        order = _order(_new(0, a._coef, a._exp, a._form), _new(0, b._coef, b._exp, b._form))
    else:
        order = _order(a, b)
    if order == 0:
        order = _compare_total_raw(a, b)
    chosen = a if (order >= 0) == larger else b
    if chosen._form == INF:
        return _infinity(chosen._sign)
    return _result(ctx, chosen._sign, chosen._coef, chosen._exp)


def _max(a, b, ctx):
    return _pick(a, b, ctx, True)


def _min(a, b, ctx):
    return _pick(a, b, ctx, False)


def _max_mag(a, b, ctx):
    return _pick(a, b, ctx, True, True)


def _min_mag(a, b, ctx):
    return _pick(a, b, ctx, False, True)


def _next(a, ctx, upward):
    nan = _propagate_nan(a, None, ctx)
    if nan is not None:
        return nan
    if a._form == INF:
        if bool(a._sign) != upward:
            return _infinity(a._sign)
        return _new(a._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    mode = ROUND_CEILING if upward else ROUND_FLOOR
    if not a._coef:
        return _new(0 if upward else 1, 1, ctx.Emin - ctx.prec + 1)
    wide = ctx.prec + 2
    toward_zero = bool(a._sign) == upward
    coef = a._coef * 10 ** wide + (-1 if toward_zero else 1)
    coef, exp, form, _ = _fit(a._sign, coef, a._exp - wide, ctx, mode)
    return _new(a._sign, coef, exp, form)


def _next_plus(a, ctx):
    return _next(a, ctx, True)


def _next_minus(a, ctx):
    return _next(a, ctx, False)


def _next_toward(a, b, ctx):
    nan = _propagate_nan(a, b, ctx)
    if nan is not None:
        return nan
    order = _order(a, b)
    if order == 0:
        return _new(b._sign, a._coef, a._exp, a._form)
    return _next(a, ctx, order < 0)


def _scaleb(a, b, ctx):
    nan = _propagate_nan(a, b, ctx)
    if nan is not None:
        return nan
    if b._form != FINITE or b._exp != 0:
        return _nan(ctx, C_INVALID)
    if a._form == INF:
        return _infinity(a._sign)
    return _result(ctx, a._sign, a._coef, a._exp + _integral_value(b))


def _logb(a, ctx):
    nan = _propagate_nan(a, None, ctx)
    if nan is not None:
        return nan
    if a._form == INF:
        return _infinity(0)
    if not a._coef:
        ctx._note(C_DIVZERO)
        return _infinity(1)
    return _result(ctx, *_from_int(a._exp + _digits(a._coef) - 1)._parts())


def _normalize(a, ctx):
    nan = _propagate_nan(a, None, ctx)
    if nan is not None:
        return nan
    if a._form == INF:
        return _infinity(a._sign)
    coef, exp, form, conds = _fit(a._sign, a._coef, a._exp, ctx)
    ctx._note(conds)
    if form == INF:
        return _infinity(a._sign)
    if not coef:
        return _new(a._sign, 0, 0)
    top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    while coef % 10 == 0 and exp < top:
        coef //= 10
        exp += 1
    return _new(a._sign, coef, exp)


def _same_quantum(a, b, ctx=None):
    if a._form or b._form:
        return (a._form >= QNAN and b._form >= QNAN) or (a._form == INF and b._form == INF)
    return a._exp == b._exp


def _copy_sign(a, b, ctx=None):
    return _new(b._sign, a._coef, a._exp, a._form)


def _class_name(a, ctx):
    if a._form == SNAN:
        return 'sNaN'
    if a._form == QNAN:
        return 'NaN'
    sign = '-' if a._sign else '+'
    if a._form == INF:
        return sign + 'Infinity'
    if not a._coef:
        return sign + 'Zero'
    if a._exp + _digits(a._coef) - 1 < ctx.Emin:
        return sign + 'Subnormal'
    return sign + 'Normal'


def _with_context(compute):
    """A Decimal method of one other operand: context=None means the current context."""
    def method(self, other, context=None):
        return compute(self, _must_convert(other), context or getcontext())
    return method


def _unary_with_context(compute):
    def method(self, context=None):
        return compute(self, context or getcontext())
    return method


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
        ('copy_sign', _copy_sign, 2), ('fma', _fma, 3)):
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
