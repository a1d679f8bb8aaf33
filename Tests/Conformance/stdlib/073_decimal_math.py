# decimal's mathematical functions, correctly rounded as CPython's C module computes them:
# sqrt, exp, ln, log10 at several precisions and roundings, exact cases, and the
# comparisons, hashes and conversions that mix Decimal with int, float and Fraction.
from decimal import Decimal as D, getcontext, localcontext, ROUND_UP, ROUND_DOWN
from fractions import Fraction
import math

print(D(2).sqrt(), D("0.25").sqrt(), D("1E-4").sqrt(), D(100).sqrt(), D("1.21").sqrt(), D(0).sqrt(), D("-0").sqrt(), D("0E-5").sqrt(), D("0E+5").sqrt(), D("Infinity").sqrt(), D("1E+7").sqrt(), D(8).sqrt())
print(D(1).exp(), D(0).exp(), D(-1).exp(), D("1E-30").exp(), D(100).exp(), D("-Infinity").exp(), D("0.5").exp(), D(-50).exp(), D("2.302585092994045684017991455").exp())
print(D(2).ln(), D(1).ln(), D("0.1").ln(), D(0).ln(), D("Infinity").ln(), D(10).ln(), D("1.0000001").ln(), D("0.9999").ln(), D("1E-999999").ln())
print(D(1000).log10(), D("0.001").log10(), D(2).log10(), D("1E+20").log10(), D(0).log10(), D(10).log10(), D("10.0").log10(), D("100.00").log10(), D(3).log10(), D("0.5").log10())
for prec in (5, 12, 40):
    with localcontext(prec=prec):
        print(prec, D(2).sqrt(), D(1).exp(), D(10).ln(), D(7).log10(), D("1.23456789").exp(), D(12345).ln(), D("0.5") ** D("0.25"), D(10) ** D("-0.5"), D(1) / D(7))
for mode in (ROUND_UP, ROUND_DOWN):
    with localcontext(rounding=mode):
        print(mode, D(2).ln(), D(1).exp(), D(2).log10(), D(2).sqrt(), D(2) ** D("0.5"), D(3) ** D("0.5"), D(7) / 3)
print(D(1).exp().ln(), D(2).sqrt() ** 2, D(10).ln() / D(2).ln())
print(D("1.50").compare(D("1.5")), D(1).compare(D("NaN")), D("1.50").compare_total(D("1.5")), D("-1").compare_total(D("NaN")), D("1.5").copy_sign(D(-1)), D(-3).copy_abs(), D(3).copy_negate())
print(D("1.0").max(D(1)), D("-1.0").max(D(-1)), D("NaN").max(D(1)), D(7).min(D(9)), D(-3).max_mag(D(2)), D(-3).min_mag(D(2)), max(D(1), D("1.5")), sorted([D(3), D("1.5"), D(2), D("-0.5")]))
print(D(1).next_plus(), D(-1).next_minus(), D(0).next_plus(), D(1).next_toward(D(0)), D(1).logb(), D(250).logb(), D("12.340").normalize(), D("-0.00").normalize(), D("120E+2").normalize())
print(D(1).number_class(), D("-0").number_class(), D("1E-999999").number_class(), D("1E-1000000").number_class(), D("-Infinity").number_class(), D("NaN").number_class(), D("sNaN").number_class())
print(D("1.00").same_quantum(D("2.01")), D("12.3").adjusted(), D("-1").is_signed(), D("NaN").is_nan(), D("sNaN").is_snan(), D(0).is_zero(), D(1).is_finite(), D("Infinity").is_infinite(), D("1E-999999").is_normal(), D("1E-1000000").is_subnormal())
print(D("1.00") == D("1"), D("1.0") < D("1.01"), D(1) == 1, D("0.5") == 0.5, D("0.1") == 0.1, D(2) > 1, D(1) <= 1.5, D("0.5") == Fraction(1, 2), D("0.3") < Fraction(1, 3), D(1) == 1 + 0j, D(1) != 2, D("NaN") == D("NaN"), D("NaN") != 1)
print(hash(D(1)) == hash(1), hash(D("1.0")) == hash(1), hash(D("0.5")) == hash(0.5), hash(D(10 ** 20)) == hash(10 ** 20), hash(D("-3")), hash(D("1.5E-30")), hash(D("-123.456")), hash(D("Infinity")), hash(D("-Infinity")), hash(D("1E+100")))
print(int(D("3.9")), int(D("-3.9")), float(D("1.5")), float(D("-NaN")), complex(D("1.5")), math.floor(D("-1.5")), math.ceil(D("1.2")), math.trunc(D("-1.7")), D("1.5").as_integer_ratio(), D("-0.125").as_integer_ratio(), D("1E+3").as_integer_ratio())
print(D("1.5").real, D("1.5").imag, D("1.5").conjugate(), D(1).radix(), D(1).canonical(), D(1).is_canonical(), D(-5).__abs__(), D(3).__round__(), {D("1.0"): "a"}[1])
print(Fraction(D("1.47")), Fraction.from_decimal(D("-0.5")), sum([D("0.1")] * 3, D(0)), min([D(2), 1, 1.5]))
from decimal import Context, InvalidOperation
lc = Context(prec=9, traps=[])
print(D(1100).logical_and(D(1010)), D(1100).logical_or(D(1010)), D(1100).logical_xor(D(1010)), D(101).logical_invert(lc), lc.logical_invert(D(0)), D(123456789).rotate(2, lc), D(123456789).rotate(-2, lc), D(123456789).shift(3, lc), D(123456789).shift(-3, lc), lc.rotate(D("Infinity"), 1))
print(lc.logical_and(D(12), D(10)), lc.shift(D(1), 10), lc.flags[InvalidOperation])
