# decimal's functions beyond the operators (see decimal.py): powers, sqrt, exp, ln, log10,
# quantize and integral values, the sign operations, fma, comparisons by total order, max/min,
# next values, scaleb/logb, normalize and the number class.
from _decimal_context import (C_CLAMPED, C_DIVZERO, C_INEXACT, C_INVALID, C_ROUNDED, C_SUBNORMAL,
    C_UNDERFLOW, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, getcontext)
from _decimal_text import (FINITE, INF, QNAN, SNAN)
from _decimal_arith import (_add, _approx_log10, _digits, _divide, _drop_digits, _fit, _from_int,
    _infinity, _integral_value, _is_integral, _multiply, _must_convert, _nan, _new, _order,
    _propagate_nan, _result, _sticky_check, _sum)
import _decimal_math
from math import isqrt as _isqrt


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
    size = n * _approx_log10(a)  # about the result's adjusted exponent
    if size > ctx.Emax + 2:
        return _result(ctx, sign, 1, ctx.Emax + 2)
    if size < ctx.Emin - ctx.prec - 2:
        # libmpdec flushes an integer power this small to a clamped zero in every rounding mode.
        return _result(ctx, sign, 0, ctx.Emin - ctx.prec, C_UNDERFLOW | C_SUBNORMAL | C_INEXACT | C_ROUNDED)
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
        if coef is not None:
            return _result(ctx, 0, coef, k - scale - 1)
        if tries == 3:
            # Still on a rounding boundary: the power is exact (4**0.5), and is given as that
            # value to prec digits, flagged Inexact as _decimal flags it.
            return _result(ctx, 0, m, k - scale, C_INEXACT | C_ROUNDED, ROUND_HALF_EVEN)
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
    if coef and q._exp + _digits(coef) - 1 > ctx.Emax:
        return _nan(ctx, C_INVALID)
    exp = q._exp
    if coef and exp + _digits(coef) - 1 < ctx.Emin:
        conds |= C_SUBNORMAL | (C_UNDERFLOW if conds & C_INEXACT else 0)
    top = ctx.Emax - ctx.prec + 1
    if ctx.clamp and exp > top:
        coef, exp = coef * 10 ** (exp - top), top
        conds |= C_CLAMPED
    ctx._note(conds)
    return _new(a._sign, coef, exp)


def _to_integral(a, ctx, mode, exact):
    nan = _propagate_nan(a, None, ctx)
    if nan is not None:
        return nan
    if a._form == INF or a._exp >= 0:
        return _new(a._sign, a._coef, a._exp, a._form)
    coef, inexact = _drop_digits(a._sign, a._coef, -a._exp, mode or ctx.rounding)
    if exact and a._coef:
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
    # The shift must be an integer within twice the exponent range, as the specification says.
    if b._form != FINITE or b._exp != 0 or b._coef > 2 * (ctx.Emax + ctx.prec):
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


def _logical_digits(d, ctx):
    """d's coefficient as prec digits of 0 and 1, or None when d is not a logical operand."""
    if d._form or d._sign or d._exp != 0:
        return None
    text = str(d._coef)
    if text.strip('01'):
        return None
    return text[-ctx.prec:].rjust(ctx.prec, '0')  # libmpdec keeps the low prec digits


def _logical(combine):
    """logical_and, logical_or or logical_xor: digit by digit on operands of 0s and 1s."""
    def compute(a, b, ctx):
        left, right = _logical_digits(a, ctx), _logical_digits(b, ctx)
        if left is None or right is None:
            return _nan(ctx, C_INVALID)
        return _new(0, int(''.join(str(combine(int(x), int(y))) for x, y in zip(left, right))), 0)
    return compute


_logical_and = _logical(lambda x, y: x & y)
_logical_or = _logical(lambda x, y: x | y)
_logical_xor = _logical(lambda x, y: x ^ y)


def _logical_invert(a, ctx):
    digits = _logical_digits(a, ctx)
    if digits is None:
        return _nan(ctx, C_INVALID)
    return _new(0, int(''.join('1' if ch == '0' else '0' for ch in digits)), 0)


def _move_digits(a, b, ctx, wrap):
    """rotate (wrap) or shift: a's prec-digit coefficient moved left by b places (right if b < 0)."""
    nan = _propagate_nan(a, b, ctx)
    if nan is not None:
        return nan
    if b._form or b._exp != 0 or b._coef > ctx.prec:
        return _nan(ctx, C_INVALID)
    if a._form == INF:
        return _infinity(a._sign)
    places = -b._coef if b._sign else b._coef
    digits = str(a._coef)[-ctx.prec:].rjust(ctx.prec, '0')
    if wrap:
        places %= ctx.prec
        moved = digits[places:] + digits[:places]
    elif places >= 0:
        moved = (digits + '0' * places)[-ctx.prec:]
    else:
        moved = digits[:places] or '0'
    return _new(a._sign, int(moved), a._exp)


def _rotate(a, b, ctx):
    return _move_digits(a, b, ctx, True)


def _shift(a, b, ctx):
    return _move_digits(a, b, ctx, False)
