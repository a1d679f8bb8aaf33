# decimal's text: reading numeric strings, the scientific and engineering strings, and
# format() specifications. Numbers arrive here as (sign, coefficient, exponent, form) with form
# FINITE, INF, QNAN or SNAN (a NaN's payload is its coefficient); see decimal.py.
FINITE, INF, QNAN, SNAN = 0, 1, 2, 3


def parse_number(text):
    """(sign, coefficient, exponent, form) of a numeric string, or None if it is not one.

    Surrounding whitespace and every underscore are ignored and any Unicode decimal digit
    counts, as CPython's `_decimal` reads them."""
    s = text.strip().replace('_', '')
    if not s.isascii():
        s = ''.join(str(int(ch)) if ch.isdecimal() else ch for ch in s)
    s = s.lower()
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    if s in ('inf', 'infinity'):
        return sign, 0, 0, INF
    for word, form in (('snan', SNAN), ('nan', QNAN)):
        if s.startswith(word):
            payload = s[len(word):]
            if payload and not payload.isdigit():
                return None
            return sign, int(payload or '0'), 0, form
    mantissa, mark, power = s.partition('e')
    exp = 0
    if mark:
        digits = power[1:] if power[:1] in ('+', '-') else power
        if not digits.isdigit():
            return None
        exp = int(power)
    whole, dot, fraction = mantissa.partition('.')
    if not whole + fraction or not (whole + fraction).isdigit():
        return None
    return sign, int(whole + fraction), exp - len(fraction), FINITE


def special_text(sign, coef, form, caps=1):
    """The text of an infinity or NaN."""
    minus = '-' if sign else ''
    if form == INF:
        return minus + 'Infinity'
    payload = str(coef) if coef else ''
    return minus + ('sNaN' if form == SNAN else 'NaN') + payload


def _exponent_suffix(power, caps):
    return ('E' if caps else 'e') + ('+' if power >= 0 else '-') + str(abs(power))


def number_text(sign, coef, exp, caps=1, eng=False):
    """to-scientific-string (or to-engineering-string) of a finite number."""
    digits = str(coef)
    point = exp + len(digits)
    minus = '-' if sign else ''
    if exp <= 0 and point > -6:
        if point <= 0:
            return minus + '0.' + '0' * -point + digits
        if point >= len(digits):
            return minus + digits
        return minus + digits[:point] + '.' + digits[point:]
    power = point - 1
    before = 1
    if eng:
        if coef == 0:
            # A zero keeps its value's exponent rounded up to a multiple of 3, shown as zeros.
            extra = (-power) % 3
            power += extra
            text = '0' if not extra else '0.' + '0' * extra
            return minus + text + _exponent_suffix(power, caps)
        before = 1 + power % 3
        power -= power % 3
        if before > len(digits):
            digits += '0' * (before - len(digits))
    body = digits[:before] + ('.' + digits[before:] if len(digits) > before else '')
    if eng and power == 0:
        return minus + body
    return minus + body + _exponent_suffix(power, caps)


class FormatSpec:
    """A parsed format() specification: [[fill]align][sign][z][0][width][,][.precision][type]."""

    def __init__(self, spec):
        bad = ValueError('invalid format string')
        i = 0
        n = len(spec)
        self.fill = ' '
        self.align = None
        if n >= 2 and spec[1] in '<>=^':
            self.fill, self.align = spec[0], spec[1]
            i = 2
        elif n >= 1 and spec[0] in '<>=^':
            self.align = spec[0]
            i = 1
        self.sign = '-'
        if i < n and spec[i] in '+- ':
            self.sign = spec[i]
            i += 1
        self.no_neg_zero = i < n and spec[i] == 'z'
        if self.no_neg_zero:
            i += 1
        self.zero_pad = i < n and spec[i] == '0'
        if self.zero_pad:
            i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i - start > 18:
            raise bad
        self.width = int(spec[start:i]) if i > start else 0
        self.grouping = i < n and spec[i] == ','
        if self.grouping:
            i += 1
        self.precision = None
        if i < n and spec[i] == '.':
            start = i + 1
            i = start
            while i < n and spec[i].isdigit():
                i += 1
            if i == start:
                raise bad
            self.precision = int(spec[start:i])
        self.type = None
        if i < n:
            self.type = spec[i]
            i += 1
            if self.type not in 'eEfFgGn%':
                raise bad
        # _decimal refuses a '0' flag beside an explicit alignment, and its 'F' ignores 'z'.
        if i != n or (self.type == 'n' and self.grouping) or (self.zero_pad and self.align):
            raise bad
        if self.type == 'F':
            self.no_neg_zero = False

    def lay_out(self, minus, body, special):
        """Sign, padding and alignment around the formatted digits."""
        sign = '-' if minus else ('' if self.sign == '-' else self.sign)
        fill, align = self.fill, self.align
        if self.zero_pad and align is None and not special:
            fill, align = '0', '='
        if align is None:
            align = '>'
        room = self.width - len(sign) - len(body)
        if room <= 0:
            return sign + body
        if align == '<':
            return sign + body + fill * room
        if align == '>':
            return fill * room + sign + body
        if align == '=':
            return sign + fill * room + body
        left = room // 2
        return fill * left + sign + body + fill * (room - left)


def group_thousands(digits, min_width):
    """digits with commas every three places, zero-padded (commas included) to min_width."""
    groups = []
    rest = digits
    while True:
        groups.append(rest[-3:])
        rest = rest[:-3]
        if not rest:
            break
    text = ','.join(reversed(groups))
    while len(text) < min_width:
        # Padding zeros are digits too, so they are grouped like the number's own.
        lead = len(groups[-1])
        if lead < 3:
            groups[-1] = '0' + groups[-1]
        else:
            groups.append('0')
        text = ','.join(reversed(groups))
    return text
