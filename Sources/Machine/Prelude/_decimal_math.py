# Fixed-point logarithms and exponentials on Python ints for decimal.py (ln, log10, exp and
# non-integer powers). A value v is carried as the integer round(v * 10**W) for a scale W; the
# results are good to a few units of the last place, and decimal.py widens W until rounding to
# the context's precision no longer depends on those units.
from math import isqrt

_ln10_known = {}


def ln10(scale):
    """ln(10) * 10**scale, within a few units."""
    for have, value in _ln10_known.items():
        if have >= scale:
            return value // 10 ** (have - scale)
    wide = scale + 6
    value = _log_reduced(10 * 10 ** wide, wide) // 10 ** 6
    _ln10_known.clear()
    _ln10_known[scale] = value
    return value


def _log_reduced(y, scale):
    """ln(y / 10**scale) * 10**scale for 0.1 <= y / 10**scale <= 10.

    Square roots bring y close to 1, where atanh's series converges fast; each root halves the
    logarithm, so the sum is doubled back once per root at the end."""
    one = 10 ** scale
    roots = 0
    close = one // 1000
    while abs(y - one) > close:
        y = isqrt(y * one)
        roots += 1
    below = y < one
    t = abs(y - one) * one // (y + one)
    t_squared = t * t // one
    power = t
    total = t
    odd = 1
    while power:
        power = power * t_squared // one
        odd += 2
        total += power // odd
    # The series runs on |t| (floor division would never bring a negative term to 0).
    return (-2 * total if below else 2 * total) << roots


def ln_fixed(c, e, scale):
    """ln(c * 10**e) * 10**scale for c > 0, within a few units."""
    n = len(str(c))
    tens = e + n - 1
    if tens == -1:
        # x in [0.1, 1): taking ln(10) out would cancel against ln of a mantissa near 10.
        tens = 0
    guard = 10 + len(str(abs(tens)))
    wide = scale + guard
    shift = e - tens + wide
    mantissa = c * 10 ** shift if shift >= 0 else c // 10 ** (-shift)
    total = _log_reduced(mantissa, wide)
    if tens:
        total += tens * ln10(wide)
    return total // 10 ** guard


def exp_fixed(z, scale):
    """exp(z / 10**scale) as (m, k): the value is about m * 10**(k - scale), m / 10**scale in [1, 10).

    z is split as k * ln(10) + r with 0 <= r < ln(10), so k is the result's decimal exponent;
    exp(r) is a Taylor series on r / 4096, squared twelve times."""
    guard = 12
    wide = scale + guard
    lead = len(str(abs(z) // 10 ** scale)) + 2
    ln_ten = ln10(wide + lead)
    zw = z * 10 ** (guard + lead)
    k = zw // ln_ten
    r = (zw - k * ln_ten) // 10 ** lead
    one = 10 ** wide
    r >>= 12
    total = one
    term = one
    i = 1
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
    for _ in range(12):
        total = total * total // one
    return total // 10 ** guard, k
