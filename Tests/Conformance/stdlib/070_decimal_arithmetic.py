# decimal arithmetic and rounding: exact results and their exponents, mixed ints, every
# rounding mode at ties and past them, integer division and remainders, powers.
from decimal import Decimal as D, getcontext, localcontext
import decimal

print(D("1.30") + D("1.20"), D("1.3") - D("1.30"), D("0.1") * 3, D("1.20") * D("3.0"), D(5) - D(5), -D("0"), D("-0") + D("-0"))
print(D("1E+2") + 1, D("1E-30") + 1, D(7) + D("1E+40"), D("1E+40") - D(1), D("-1.5") + 1, 2 - D("0.5"), 3 * D("1.1"))
print(D(1) / D(8), D(2) / D(3), D("1.000") / D("0.5"), D(100) / D(4), D("1E+2") / D(1), D(0) / D("1E+5"), D(1) / D("0.3333"), D(-7) / D(2))
print(D(7) // D(2), D(-7) // D(2), D("7.5") // D("2"), D("12.5") // D("-0.3"), D(7) % D(3), D(-7) % D(3), D("12.5") % D("-0.3"), D("-12.5") % 3, 7 % D(3), 7 // D("0.5"))
print(divmod(D("10.5"), D(3)), divmod(D(-10), D(3)), D(-6) % 3, D(6) % D("-4"))
print(D(2) ** 10, D("2.0") ** 10, D("1.5") ** 2, D(10) ** -2, D(2) ** -2, D("1.0") ** -2, D(-2) ** 3, D(-2) ** -3, D("-0") ** 3, D(2) ** 0, D("2.50") ** 1)
print(D(2) ** 100, D("1.1") ** 400, D(10) ** D("3.0"), D(2) ** D("0.5"), D(2) ** D("1.5"), D("0.7") ** D("2.5"), D(10) ** D("0.3"), D("0.9") ** D("-0.5"), 2 ** D("0.5"))
print(D(0) ** -1, D(2) ** D("Infinity"), D("0.5") ** D("Infinity"), D("-Infinity") ** 3, D("Infinity") ** -1, D(4) ** D("0.5"))
print(abs(D("-2.50")), +D("-0"), -D("1.5"), abs(D("-0")), +D("1.23456789012345678901234567890"))
for mode in ["ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"]:
    r = getattr(decimal, mode)
    row = [D(s).quantize(D("1"), rounding=r) for s in ["2.5", "3.5", "-2.5", "2.51", "-2.49", "0.5", "1.0", "5.1", "-5.1", "10.1"]]
    with localcontext(prec=3, rounding=r):
        row.append(D(1) / D(3))
        row.append(D(-2) / D(3))
        row.append(D(10) ** D("0.5"))
    print(mode, " ".join(str(x) for x in row))
print(D("3.14159").quantize(D("0.01")), D("1.5").quantize(D("0.001")), D("-0").quantize(D("1E+3")), D("123.456").quantize(D("1E+1")), D("7.325").quantize(D(".01"), rounding=decimal.ROUND_DOWN))
print(D("3.7").to_integral_value(), D("-3.7").to_integral(rounding=decimal.ROUND_FLOOR), D("3.5").to_integral_exact(), D("1E+3").to_integral_value(), D("0.5").to_integral())
print(round(D("2.675"), 2), round(D("-0.5")), round(D("1.5")), round(D("123.456"), -1), round(D("2.5"), 0), int(D("-9.99")), D("7.9").__floor__(), D("-7.1").__ceil__())
print(D("1.5").fma(2, 1), D(5).fma(D(3), D("-15")), D("12.345").scaleb(2), D("1.5").scaleb(-3), D(17).remainder_near(5), D(7).remainder_near(D(2)), D(-7).remainder_near(D(4)))
getcontext().prec = 6
print(D(1) / D(7), D("123456789") + 0, D("1.23456789") * 1, sum(D("0.1") for _ in range(10)), D(10) ** 7, D("999999.5") + 0)
getcontext().prec = 28
print(D(1) / D(7), sum([D("0.1")] * 10) == 1, D("0.1") + D("0.2") == D("0.3"))
