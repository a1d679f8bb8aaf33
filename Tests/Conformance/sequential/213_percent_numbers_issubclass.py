# printf-style formatting converts numbers the way PyUnicode_Format does (float() for %f,
# int() or operator.index() for the integer codes), and issubclass checks its second
# argument as object_issubclass does.
import abc
from decimal import Decimal
from fractions import Fraction


class OnlyIndex:
    def __index__(self):
        return 7


class OnlyFloat:
    def __float__(self):
        return 2.5


class OnlyInt:
    def __int__(self):
        return 9


print("%.2f" % Decimal("1.235"), "%.3f" % Fraction(1, 3), "%e" % Fraction(3, 4), "%g" % Decimal("0.5"))
print("%f" % OnlyIndex(), "%f" % OnlyFloat(), "%d" % OnlyIndex(), "%x" % OnlyIndex(), "%o" % OnlyIndex())
print("%d" % OnlyInt(), "%i" % Decimal("3.7"), "%d" % Fraction(7, 2))
for fmt, value in (("%f", OnlyInt()), ("%x", OnlyInt()), ("%x", OnlyFloat()), ("%d", "s"), ("%f", object())):
    try:
        print(fmt % value)
    except TypeError as e:
        print(fmt, type(value).__name__, e)


class Base(abc.ABC):
    pass


Base.register(int)
print(issubclass(int, (str, Base)), issubclass(bool, (int,)), issubclass(int, ((str,), (float, int))))
print(issubclass(int, Base), issubclass(str, ()))
for spec in (5, (5,), [int], "x", (str, 5)):
    try:
        print(issubclass(int, spec))
    except TypeError as e:
        print(type(spec).__name__, e)
try:
    issubclass(5, int)
except TypeError as e:
    print(e)
