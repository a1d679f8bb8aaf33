import decimal
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, DivisionByZero
print(D("1.10"), repr(D("1.10")), D(5), D(-0), D("-0"), D(0.1), D("1e3"), D("1E+3"), D(" 12.5 "), D("inf"), D("-Infinity"), D("nan"), D("sNaN"), D("NaN123"), D((0, (1, 4), -2)), D((1, (3,), 2)))
print(D("1.1") + D("2.2"), D("1.1") + 1, 2 * D("0.5"), D(1) / D(3), D(2).sqrt(), D(10) ** 2, D(2) ** D("0.5"), D("7") // D("2"), D("-7") // D("2"), D("7") % D("-2"), divmod(D(7), D(3)), -D("1.5"), abs(D("-2")))
print(D("3.14159").quantize(D("0.01")), D("2.5").quantize(D("1"), rounding=ROUND_HALF_UP), D("2.5").to_integral(), D("3.5").to_integral_value(), D("123.456").quantize(D("1E1")))
for r in [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(r, D("2.345").quantize(D("0.01"), rounding=r), D("-2.345").quantize(D("0.01"), rounding=r), D("2.355").quantize(D("0.01"), rounding=r))
getcontext().prec = 5
print(D(1) / D(7), D("123456789") + 0, D(2).sqrt(), getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 50
    print(D(1) / D(7))
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(D(1) / D(7), getcontext().rounding)
with localcontext(prec=3):
    print(D("1.23456") * 1)
getcontext().prec = 28
print(D("1.00") == D("1"), D("1.0") < D("1.01"), D(1) == 1, D("0.5") == 0.5, D("0.1") == 0.1, D(2) > 1, max(D(1), D("1.5")), sorted([D(3), D("1.5"), D(2)]))
print(hash(D(1)) == hash(1), hash(D("1.0")) == hash(1), hash(D("0.5")) == hash(0.5), hash(D(10**20)) == hash(10**20), hash(D("-3")))
print(int(D("3.9")), int(D("-3.9")), float(D("1.5")), round(D("2.675"), 2), round(D("2.5")), round(D("3.5")), str(D("1E+2")), D("0.000001"), D("0.0000001"), D("1.2345E-10"))
print(D("12.340").normalize(), D("1.20").as_tuple(), D("12.3").adjusted(), D(-1).is_signed(), D("nan").is_nan(), D(0).is_zero(), D("1.5").exp() if False else "", D(100).log10(), D(10).ln())
print(D("1.5").compare(D(2)), D("1.5").copy_sign(D(-1)), D("1.5").fma(2, 1), D("12.345").scaleb(2), D(17).remainder_near(D(5)), D(7).max(D(9)), D(7).min(D(9)), D("1.5").as_integer_ratio(), D.from_float(0.25))
print(format(D("1234.5678"), ",.2f"), format(D("1234.5678"), ".3e"), "{:>10}".format(D("1.5")), f"{D('0.125'):.1%}", format(D("1.5"), "g"))
for f in [lambda: D(1) / 0, lambda: D("abc"), lambda: D(0) / 0, lambda: D(-1).sqrt(), lambda: D("1") < D("nan"), lambda: D([1])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, type(e).__mro__[1].__name__, e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), decimal.DivisionByZero.__module__)
ctx = decimal.Context(prec=6, rounding=ROUND_HALF_UP)
print(ctx.divide(D(1), D(3)), ctx.add(D("1.1234567"), 1), ctx.create_decimal("3.14159265"), repr(ctx)[:60])
getcontext().traps[DivisionByZero] = False
print(D(1) / 0, getcontext().flags[DivisionByZero])
print(repr(getcontext()), repr(decimal.BasicContext))
print(getcontext().traps[decimal.Inexact], decimal.MAX_PREC, D("1.5").__class__.__module__, type(D(1)))
print(D("10") ** -2, D("1.23E+5").to_eng_string(), D(1).__round__(), D("-1.5").__floor__() if hasattr(D, "__floor__") else "", D("0.1") + D("0.2") == D("0.3"))
import math
print(math.floor(D("-1.5")), math.ceil(D("1.2")), math.trunc(D("-1.7")), sum([D("0.1")] * 10), D(1).is_finite(), D("1.50").compare_total(D("1.5")))
# Each thread has its own context, made from DefaultContext.
import threading
getcontext().prec = 28
out = []
def worker():
    getcontext().prec = 3
    out.append(str(D(1) / D(7)))
t = threading.Thread(target=worker); t.start(); t.join()
print(out, D(1) / D(7), getcontext().prec)
