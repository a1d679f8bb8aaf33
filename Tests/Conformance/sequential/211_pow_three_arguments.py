# pow(b, e, m): ints only, else a type's own three-argument __pow__ (ternary_op).
from decimal import Decimal

print(pow(3, 4, 5), pow(True, 2, 3), pow(2**70, 3, 7), pow(3, -1, 7))
for args in ((2.0, 2, 5), (3, 2.0, 5), (3, 2, 5.0)):
    try:
        pow(*args)
    except TypeError as e:
        print(args, e)


class Modular:
    def __pow__(self, exponent, modulo=None):
        return ("pow", exponent, modulo)


print(pow(Modular(), 2, 5), pow(Modular(), 3))
print(pow(Decimal(3), 2, 5), pow(Decimal(7), Decimal(2), 10))
print(divmod(7, Decimal(2)), divmod(Decimal(-7), 2))
