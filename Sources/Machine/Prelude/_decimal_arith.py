# decimal's number core (see decimal.py): making Decimals, rounding a result into a context
# (`_fit`, the one rounding path), conversions of operands, comparison, and the arithmetic
# operators. Functions take Decimals and the context last and return a new Decimal.
from _decimal_context import (C_CLAMPED, C_DIVZERO, C_FLOAT, C_IMPOSSIBLE, C_INEXACT, C_INVALID,
    C_OVERFLOW, C_ROUNDED, C_SUBNORMAL, C_UNDEFINED, C_UNDERFLOW, FloatOperation, ROUND_05UP,
    ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP,
    ROUND_UP, getcontext)
from _decimal_text import (FINITE, INF, QNAN, SNAN)
from math import copysign as _copysign

# decimal.py binds the class here once it exists (the class needs these functions first).
Decimal = None

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
