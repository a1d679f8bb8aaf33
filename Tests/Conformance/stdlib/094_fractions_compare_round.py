# Fraction comparisons (with floats, infinities and nan), hashes equal to those of equal ints
# and floats, conversions, rounding, limit_denominator and the class methods, as python3.
import math, copy
from fractions import Fraction as F
from decimal import Decimal as D

values = [F(1, 3), F(-7, 2), F(0), F(5), F(10**20, 3)]
others = [0, 5, -4, 0.5, 1 / 3, -3.5, float("inf"), float("-inf"), float("nan"), F(1, 3), complex(5, 0), 2j]
for v in values:
    print(repr(v), [(v == o, v < o if not isinstance(o, complex) else "-", v >= o if not isinstance(o, complex) else "-") for o in others])
print(0.25 < F(1, 3), 0.5 > F(1, 3), float("nan") < F(1), float("inf") > F(10**30), F(1, 2) == complex(0.5, 0))
for bad in ["x", None, [1]]:
    try:
        F(1, 2) < bad
    except TypeError as exc:
        print("TypeError", exc)
print([hash(F(n, d)) for n in (-3, -1, 1, 2, 10**25) for d in (1, 3, 7, 2**61 - 1, 2**61)])
print(hash(F(1, 2)) == hash(0.5), hash(F(-3)) == hash(-3), hash(F(10**30)) == hash(10**30), hash(F(-1)), {F(1, 4): "q"}[0.25])
for f in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1255, 100), F(22, 7), F(10**20, 3)]:
    print(repr(f), int(f), math.trunc(f), math.floor(f), math.ceil(f), round(f), round(f, 1), round(f, -1), round(f, 0), float(f), complex(f))
for f in [F(math.pi), F(-math.e), F(355, 113), F(3, 8), F(5, 8), F(-5, 8), F(7, 3), F(10**30 + 1, 10**29 + 7)]:
    print(repr(f.limit_denominator()), [str(f.limit_denominator(k)) for k in (1, 2, 3, 4, 7, 10, 100, 1000)])
try:
    F(1, 3).limit_denominator(0)
except ValueError as exc:
    print("ValueError", exc)
print(F.from_float(0.1), F.from_float(3), F.from_float(-2.75), F.from_decimal(D("1.47")), F.from_decimal(3), F.from_decimal(D("-1e-3")))
for call in [lambda: F.from_float("x"), lambda: F.from_float(F(1, 2)), lambda: F.from_decimal(1.5), lambda: F.from_decimal(D("nan")), lambda: F(D("inf"))]:
    try:
        print(call())
    except Exception as exc:
        print(type(exc).__name__, exc)
x = F(-6, 8)
print(x.numerator, x.denominator, x.as_integer_ratio(), x.real, x.imag, x.conjugate(), bool(x), bool(F(0)), str(x), str(F(4, 2)), format(x), f"{x!r:>16}|")

class Money(F):
    pass

m = Money(3, 2)
print(repr(m), type(m + 1).__name__, type(-m).__name__, type(copy.copy(m)).__name__, type(Money(F(1, 2))).__name__, type(round(m, 1)).__name__)
print(type(m.limit_denominator(1)).__name__, type(Money.from_float(0.5)).__name__, m == F(3, 2), hash(m) == hash(1.5), copy.copy(x) is x, copy.deepcopy(x) is x)
print(sorted([F(1, 2), 0.3, 1, F(-1), -0.5, F(2, 3)]), max(F(1, 3), F(2, 7)), min(0.3, F(1, 3)), F(2, 3) < D("1"), D("0.5") == F(1, 2))
