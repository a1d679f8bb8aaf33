# Fraction from strings (3.11's grammar and its quirks), numbers and other rationals, and the
# arithmetic with every kind of operand, as python3 gives them.
from fractions import Fraction as F

for text in ["3/4", "-2/6", "+3/6", " -2 ", "\t7\n", "1.5e3", "1.5E-3", "3.1_4", "1_000/3", "1.", ".5",
             "-.5", "1e-3", "1E+2_0", "0001/0002", "12_34.5_6e-1_0", "1.e5", "١/٢", "١.٥", "1/0", "-1/0",
             " 1 / 2 ", "1/ 2", "1 /2", "1.d", "1.D", "1.dd", "1.d5", "1._5", "1_", "1__2", "1/_2", "abc",
             "", "  ", "1.2/3", "--1", "+-1", "1e", "1e+", "e5", ".e1", ".", "3/+6", "1/2/3", "0x10"]:
    try:
        print(repr(text), repr(F(text)))
    except (ValueError, ZeroDivisionError) as exc:
        print(repr(text), type(exc).__name__, exc)
for args in [(6, -4), (0, -5), (True, 2), (True,), (F(1, 2), 3), (3, F(1, 2)), (F(1, 2), F(2, 3)),
             (0.1,), (-0.0,), (2.5,), (2**80, -2**79), (1, 0), (0, 0), ("1", 2), (1, 2.0), (1.5, 2),
             ([1],), (None,), (b"1/2",), (float("nan"),), (float("-inf"),)]:
    try:
        print(args, repr(F(*args)))
    except Exception as exc:
        print(args, type(exc).__name__, exc)

half, third, neg = F(1, 2), F(1, 3), F(-7, 2)
big = 2**70
for other in [third, neg, 3, -2, True, big, 0.25, -1.5, 2j, 1 + 1j]:
    row = []
    for op in ["+", "-", "*", "/", "//", "%"]:
        for expr in ["half %s other" % op, "other %s half" % op]:
            try:
                row.append(eval(expr))
            except TypeError as exc:
                row.append("TypeError")
    print(repr(other), row)
print(divmod(neg, third), divmod(7, F(3, 2)), divmod(big, F(5, 3)), divmod(F(7, 2), 1.5), divmod(7.5, F(3, 2)))
for expr in ["half / 0", "F(-6, 4) / F(0)", "F(0) / 0", "5 / F(0)", "1.5 / F(0)", "half // 0", "half % 0",
             "divmod(half, 0)", "F(0) ** -2", "F(0) ** F(-3)", "half * 'ab'", "half + None", "None - half"]:
    try:
        print(expr, "->", eval(expr))
    except (ZeroDivisionError, TypeError) as exc:
        print(expr, "->", type(exc).__name__, exc)
print(half ** 2, half ** -3, neg ** 3, neg ** -3, F(-2, 3) ** 0, F(0) ** 0, F(4) ** F(1, 2), half ** 0.5)
print(F(-1, 4) ** 0.5, F(-1, 4) ** F(1, 2), half ** (1 + 0j), half ** F(-2))
print(2 ** F(3), type(2 ** F(3)).__name__, 2 ** F(-2), 2.0 ** F(-1), 2 ** F(1, 2), (-8) ** F(1, 3), 1j ** F(2))
print(-half, +neg, abs(neg), -F(0), sum(F(1, n) for n in range(1, 12)), F(3, 4) * 4 == 3)
