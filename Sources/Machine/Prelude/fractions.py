# fractions: exact rational numbers, written from the Python docs with python3 3.11 as the
# oracle. Values are kept in lowest terms with a positive denominator, so two equal fractions
# have equal parts and any correct arithmetic gives python3's results; the zero-division
# messages, which do depend on how python3 computes, are spelled out where they arise.
# The engine has no `numbers` ABCs: "rational" means int (with bool) or Fraction, "real"
# adds float, and "complex" is the built-in complex.
import math
import operator
import sys

__all__ = ["Fraction"]

# Numeric hashes (the docs' "Hashing of numeric types"): a value's hash is its residue modulo
# this prime, so that 1/2, 0.5 and Decimal("0.5") hash alike.
_HASH_PRIME = (1 << 61) - 1
_HASH_INF = 314159


def _is_decimal(x):
    # Only a program that imported decimal can hold a Decimal.
    mod = sys.modules.get("decimal")
    return mod is not None and isinstance(x, mod.Decimal)


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _parts(x):
    # (numerator, denominator) of a rational: a Fraction's slots, or an int (bool included)
    # over 1. Read directly, which is also what the engine's big ints and bools need (they
    # have no .numerator yet).
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return int(x), 1


def _bare(n, d):
    # A Fraction from parts already in lowest terms with d > 0: skips the checks of __new__.
    f = object.__new__(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _lowest(n, d):
    # n/d in lowest terms, for d > 0.
    g = math.gcd(n, d)
    if g == 1:
        return _bare(n, d)
    return _bare(n // g, d // g)


def _sign(n):
    return (n > 0) - (n < 0)


# Reading a string (3.11's grammar, case-insensitive, with surrounding whitespace):
#   [+|-] (digits [/ digits] | [digits] [. (digits | d*)] [e [+|-] digits])
# where digits may have single underscores between digit groups, a digit is any Unicode
# decimal digit, and at least one digit comes before the "/" or "." or right after the ".".
# 3.11 allows no spaces around "/", and its pattern for the fraction part also accepts a run
# of letters d, which then reaches int() and fails there; python3 is the oracle, so both
# quirks are kept.

def _digit_run(s, i):
    # The end of the digits (with single inner underscores) starting at s[i]; i if none.
    end = i
    j = i
    while j < len(s) and s[j].isdecimal():
        j += 1
        end = j
        if j + 1 < len(s) and s[j] == "_" and s[j + 1].isdecimal():
            j += 1
    return end


def _read_exponent(s, i):
    # An exponent "e[+|-]digits" from s[i] to the end of s: its text, or None.
    if i >= len(s) or s[i] not in "eE":
        return None
    j = i + 1
    if j < len(s) and s[j] in "+-":
        j += 1
    end = _digit_run(s, j)
    if end == j or end != len(s):
        return None
    return s[i + 1:]


def _parse(text):
    # (numerator, denominator) for a valid literal, denominator unreduced; None otherwise.
    s = text.strip()
    negative = s[:1] == "-"
    i = 1 if s[:1] in ("+", "-") else 0
    whole_end = _digit_run(s, i)
    if whole_end == i and not (s[i:i + 1] == "." and s[i + 1:i + 2].isdecimal()):
        return None
    n = int(s[i:whole_end] or "0")
    d = 1
    rest = s[whole_end:]
    if rest[:1] == "/":
        over_end = _digit_run(s, whole_end + 1)
        if over_end == whole_end + 1 or over_end != len(s):
            return None
        d = int(s[whole_end + 1:])
    elif rest:
        at = whole_end
        places = ""
        if rest[0] == ".":
            at += 1
            letters = at
            while letters < len(s) and s[letters] in "dD":
                letters += 1
            if letters == len(s) or _read_exponent(s, letters) is not None:
                places = s[at:letters]
                at = letters
            else:
                at = _digit_run(s, at)
                places = s[whole_end + 1:at]
                if not places:
                    return None
        if at < len(s):
            exponent = _read_exponent(s, at)
            if exponent is None:
                return None
        else:
            exponent = None
        if places:
            places = places.replace("_", "")
            scale = 10 ** len(places)
            n = n * scale + int(places)
            d = scale
        if exponent:
            shift = int(exponent)
            if shift >= 0:
                n *= 10 ** shift
            else:
                d *= 10 ** -shift
    return (-n if negative else n), d


def _operators(exact, inexact):
    # A forward and a reflected method for one binary operator. Two rationals meet exactly
    # (exact on their numerators and denominators); a float operand makes it a float
    # operation and a complex one a complex operation (inexact on converted values); any
    # other operand is left to answer for itself.
    def forward(a, b):
        if isinstance(b, (int, Fraction)):
            bn, bd = _parts(b)
            return exact(a._numerator, a._denominator, bn, bd)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reflected(b, a):
        if isinstance(a, (int, Fraction)):
            an, ad = _parts(a)
            return exact(an, ad, b._numerator, b._denominator)
        if isinstance(a, float):
            return inexact(float(a), float(b))
        if isinstance(a, complex):
            return inexact(complex(a), complex(b))
        return NotImplemented

    name = inexact.__name__.strip("_")
    forward.__name__ = "__%s__" % name
    reflected.__name__ = "__r%s__" % name
    return forward, reflected


# The exact operations, on xn/xd and yn/yd (denominators positive).

def _plus(xn, xd, yn, yd):
    return _lowest(xn * yd + yn * xd, xd * yd)


def _minus(xn, xd, yn, yd):
    return _lowest(xn * yd - yn * xd, xd * yd)


def _times(xn, xd, yn, yd):
    return _lowest(xn * yn, xd * yd)


def _over(xn, xd, yn, yd):
    if not yn:
        # python3 reduces first, so its message shows only the dividend's sign.
        raise ZeroDivisionError("Fraction(%s, 0)" % _sign(xn))
    if yn < 0:
        xn, yn = -xn, -yn
    return _lowest(xn * yd, xd * yn)


def _floor_over(xn, xd, yn, yd):
    return (xn * yd) // (xd * yn)


def _modulo(xn, xd, yn, yd):
    # Both sides over the common denominator: the remainder is that of the numerators.
    return Fraction((xn * yd) % (yn * xd), xd * yd)


def _div_and_mod(xn, xd, yn, yd):
    q, r = divmod(xn * yd, xd * yn)
    return q, Fraction(r, xd * yd)


class Fraction:
    """A rational number numerator/denominator in lowest terms: Fraction(3, 4), Fraction("3/4"),
    Fraction(0.75), Fraction(Decimal("0.75")), Fraction(other_fraction)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                n, d = numerator, 1
            elif _is_rational(numerator):
                n, d = _parts(numerator)
            elif isinstance(numerator, float) or _is_decimal(numerator):
                # Already in lowest terms; nan and infinities raise python3's errors here.
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parts = _parse(numerator)
                if parts is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                n, d = parts
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            (nn, nd), (dn, dd) = _parts(numerator), _parts(denominator)
            n, d = nn * dd, nd * dn
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self = object.__new__(cls)
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is accepted too)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (an int is accepted too)."""
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The fraction nearest to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        top, bottom = self._numerator, self._denominator
        if bottom <= max_denominator:
            return Fraction(self)
        # Follow the continued fraction of self: p/q is the latest convergent, pp/qq the one
        # before. Stop when the next convergent's denominator would pass the limit. The answer
        # is p/q or the largest semiconvergent (pp + k*p)/(qq + k*q) within the limit,
        # whichever is nearer to self; a tie goes to p/q.
        pp, qq, p, q = 0, 1, 1, 0
        n, d = top, bottom
        while True:
            a = n // d
            if qq + a * q > max_denominator:
                break
            pp, qq, p, q = p, q, pp + a * p, qq + a * q
            n, d = d, n - a * d
        k = (max_denominator - qq) // q
        sp, sq = pp + k * p, qq + k * q
        # |p/q - self| <= |sp/sq - self|, compared without dividing.
        if abs(p * bottom - q * top) * sq <= abs(sp * bottom - sq * top) * q:
            return Fraction(p, q)
        return Fraction(sp, sq)

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic.

    __add__, __radd__ = _operators(_plus, operator.add)
    __sub__, __rsub__ = _operators(_minus, operator.sub)
    __mul__, __rmul__ = _operators(_times, operator.mul)
    __truediv__, __rtruediv__ = _operators(_over, operator.truediv)
    __floordiv__, __rfloordiv__ = _operators(_floor_over, operator.floordiv)
    __mod__, __rmod__ = _operators(_modulo, operator.mod)
    __divmod__, __rdivmod__ = _operators(_div_and_mod, divmod)

    def __pow__(a, b):
        # An integral rational exponent stays exact; any other exponent goes through float
        # (and on to complex for a negative base, as float ** float does).
        if not _is_rational(b):
            return float(a) ** b
        power, root = _parts(b)
        if root != 1:
            return float(a) ** float(b)
        n, d = a._numerator, a._denominator
        if power >= 0:
            return _bare(n ** power, d ** power)
        power = -power
        if n == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (d ** power))
        n, d = d ** power, n ** power
        if d < 0:
            n, d = -n, -d
        return _bare(n, d)

    def __rpow__(b, a):
        # A whole exponent is passed on as an int, so 2 ** Fraction(3) stays the int 8; only a
        # rational base with a negative one needs to become a Fraction to stay exact.
        n, d = b._numerator, b._denominator
        if d == 1:
            if n < 0 and _is_rational(a):
                return Fraction(a) ** n
            return a ** n
        if _is_rational(a):
            return Fraction(a) ** b
        return a ** float(b)

    def __pos__(a):
        return _bare(a._numerator, a._denominator)

    def __neg__(a):
        return _bare(-a._numerator, a._denominator)

    def __abs__(a):
        return _bare(abs(a._numerator), a._denominator)

    # Conversions to int, and rounding.

    def __trunc__(a):
        n, d = a._numerator, a._denominator
        return n // d if n >= 0 else -(-n // d)

    __int__ = __trunc__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(f) is an int, ties to even; round(f, n) is a Fraction."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice > self._denominator or (twice == self._denominator and q % 2):
                q += 1
            return q
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __float__(self):
        # True division of ints rounds correctly even when both are huge.
        return self._numerator / self._denominator

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    # Hashing and comparisons.

    def __hash__(self):
        n, d = self._numerator, self._denominator
        if d % _HASH_PRIME == 0:
            h = _HASH_INF
        else:
            h = abs(n) % _HASH_PRIME * pow(d, -1, _HASH_PRIME) % _HASH_PRIME
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if _is_rational(b):
            return (a._numerator, a._denominator) == _parts(b)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if not math.isfinite(b):
                return False
            return (a._numerator, a._denominator) == b.as_integer_ratio()
        return NotImplemented

    def _order(a, b, holds):
        # holds(x, y) for a against b, in integers: both denominators are positive. nan and
        # the infinities compare as they do with 0.0.
        if _is_rational(b):
            n, d = _parts(b)
        elif isinstance(b, float):
            if not math.isfinite(b):
                return holds(0.0, b)
            n, d = b.as_integer_ratio()
        else:
            return NotImplemented
        return holds(a._numerator * d, n * a._denominator)

    def __lt__(a, b):
        return a._order(b, operator.lt)

    def __le__(a, b):
        return a._order(b, operator.le)

    def __gt__(a, b):
        return a._order(b, operator.gt)

    def __ge__(a, b):
        return a._order(b, operator.ge)

    def __bool__(a):
        return a._numerator != 0

    # Fractions are immutable: a plain Fraction is its own copy; a subclass gets a new one.

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
