import time as _time
from _timestruct import struct_time as _struct_time

# datetime: written for the tutor from the documented behaviour of CPython 3.11's datetime
# (the C module is the oracle: error messages are its messages). now()/today()/utcnow() read
# the run's virtual clock, whose local time zone is UTC. Docs/STDLIB.md (datetime) lists what
# is missing.
#
# Every type keeps plain integer fields; arithmetic goes through two whole numbers: the
# proleptic Gregorian day number (1 January of year 1 is day 1) and microseconds.

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_MINUTE = 60 * _US_PER_SECOND
_US_PER_HOUR = 60 * _US_PER_MINUTE
_US_PER_DAY = 24 * _US_PER_HOUR
_MAX_TIMEDELTA_DAYS = 999999999

_MONTH_ABBREVIATIONS = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_ABBREVIATIONS = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# --- The calendar ----------------------------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2:
        return 29 if _is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _days_before_year(year):
    # Whole days in the years before `year`: 365 each, plus the leap days.
    past = year - 1
    return past * 365 + past // 4 - past // 100 + past // 400


# Days in a common year before the first of each month (index 1 is January).
_COMMON_YEAR_STARTS = (None, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _day_of_year(year, month, day):
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return _COMMON_YEAR_STARTS[month] + leap_day + day


def _to_ordinal(year, month, day):
    return _days_before_year(year) + _day_of_year(year, month, day)


_LAST_ORDINAL = _to_ordinal(MAXYEAR, 12, 31)


def _from_ordinal(ordinal):
    """(year, month, day) of a day number."""
    # An average Gregorian year is 146097/400 days, so this guess is off by at most one year.
    year = (ordinal - 1) * 400 // 146097 + 1
    while _days_before_year(year + 1) < ordinal:
        year += 1
    while _days_before_year(year) >= ordinal:
        year -= 1
    left = ordinal - _days_before_year(year)
    month = 1
    while left > _month_length(year, month):
        left -= _month_length(year, month)
        month += 1
    return year, month, left


def _weekday(ordinal):
    """Monday is 0: day 1 (1 January of year 1) was a Monday."""
    return (ordinal - 1) % 7


def _iso_week_one(year):
    # ISO week 1 is the week holding the year's first Thursday; this is the day number of
    # its Monday, which may fall in the previous December.
    first = _to_ordinal(year, 1, 1)
    monday = first - _weekday(first)
    return monday + 7 if _weekday(first) > 3 else monday


def _from_iso_week(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    # A year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year.
    starts = _weekday(_to_ordinal(year, 1, 1))
    weeks = 53 if starts == 3 or (starts == 2 and _is_leap(year)) else 52
    if not 1 <= week <= weeks:
        raise ValueError("Invalid week: %d" % week)
    if not 1 <= day <= 7:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _from_ordinal(_iso_week_one(year) + (week - 1) * 7 + day - 1)


# --- Checking constructor arguments ------------------------------------------------------

def _whole(value):
    # What the C module accepts for a field: an int, or anything with __index__ (not a float).
    if isinstance(value, int):
        return int(value)
    if not isinstance(value, float) and hasattr(value, '__index__'):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _valid_date(year, month, day):
    year, month, day = _whole(year), _whole(month), _whole(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


_CLOCK_LIMITS = (('hour', 23), ('minute', 59), ('second', 59), ('microsecond', 999999))


def _valid_clock(hour, minute, second, microsecond, fold):
    checked = []
    for (name, most), value in zip(_CLOCK_LIMITS, (hour, minute, second, microsecond)):
        value = _whole(value)
        if not 0 <= value <= most:
            raise ValueError('%s must be in 0..%d' % (name, most))
        checked.append(value)
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return checked + [fold]


def _valid_zone(zone):
    if zone is not None and not isinstance(zone, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(zone).__name__)


class _Unset:
    def __repr__(self):
        return '<unchanged>'


# "Not given": replace() keeps such fields, and a date without a month or day is refused.
# None cannot serve: replace(tzinfo=None) drops the zone, and date(2024, None, 1) is a
# TypeError about None rather than about a missing argument.
_UNSET = _Unset()


def _merge(current, given):
    return [now if new is _UNSET else new for now, new in zip(current, given)]


def _missing(name, position):
    return TypeError("function missing required argument '%s' (pos %d)" % (name, position))


# --- Text forms --------------------------------------------------------------------------

def _clock_text(hour, minute, second, microsecond, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    whole = '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'hours':
        return whole[:2]
    if timespec == 'minutes':
        return whole[:5]
    if timespec == 'seconds':
        return whole
    if timespec == 'milliseconds':
        return whole + '.%03d' % (microsecond // 1000)
    if timespec == 'microseconds':
        return whole + '.%06d' % microsecond
    raise ValueError('Unknown timespec value')


def _offset_text(offset, colon):
    """An offset as [+-]HH<colon>MM, with <colon>SS and .ffffff only when they are not zero."""
    if offset is None:
        return ''
    us = offset._total
    sign = '-' if us < 0 else '+'
    us = abs(us)
    hours, us = divmod(us, _US_PER_HOUR)
    minutes, us = divmod(us, _US_PER_MINUTE)
    seconds, us = divmod(us, _US_PER_SECOND)
    text = '%s%02d%s%02d' % (sign, hours, colon, minutes)
    if seconds or us:
        text += '%s%02d' % (colon, seconds)
        if us:
            text += '.%06d' % us
    return text


def _strftime(value, format, fields):
    # time.strftime knows every directive but the three that need the object itself:
    # %f (microseconds), %z (UTC offset) and %Z (zone name). Those are filled in first.
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    pieces = []
    characters = iter(format)
    for character in characters:
        if character != '%':
            pieces.append(character)
            continue
        code = next(characters, None)
        if code is None:
            pieces.append('%')
        elif code == 'f':
            pieces.append('%06d' % getattr(value, 'microsecond', 0))
        elif code == 'z':
            offset = value.utcoffset() if hasattr(value, 'utcoffset') else None
            pieces.append(_offset_text(offset, ''))
        elif code == 'Z':
            name = value.tzname() if hasattr(value, 'tzname') else None
            pieces.append('' if name is None else name.replace('%', '%%'))
        else:
            pieces.append('%' + code)
    return _time.strftime(''.join(pieces), fields)


def _fields_for_strftime(year, month, day, hour, minute, second, isdst):
    ordinal = _to_ordinal(year, month, day)
    return _struct_time((year, month, day, hour, minute, second, _weekday(ordinal),
                         _day_of_year(year, month, day), isdst))


def _format_with(value, spec):
    if not isinstance(spec, str):
        raise TypeError("format() argument 2 must be str, not %s" % type(spec).__name__)
    return value.strftime(spec) if spec else str(value)


def _ctime(ordinal, month, day, hour, minute, second, year):
    return "%s %s %2d %02d:%02d:%02d %04d" % (_WEEKDAY_ABBREVIATIONS[_weekday(ordinal) + 1],
                                             _MONTH_ABBREVIATIONS[month], day, hour, minute, second, year)


def _class_name(value):
    kind = type(value)
    return '%s.%s' % (kind.__module__, kind.__qualname__)


def _with_extras(text, zone, fold):
    # Reprs end with `, tzinfo=...` and `, fold=1` when those are set.
    if zone is not None:
        text = text[:-1] + ', tzinfo=%r)' % (zone,)
    if fold:
        text = text[:-1] + ', fold=1)'
    return text


# --- Comparisons -------------------------------------------------------------------------

def _cannot_compare(left, right):
    raise TypeError("can't compare %s.%s to %s.%s" % (type(left).__module__, type(left).__name__,
                                                      type(right).__module__, type(right).__name__))


def _comparisons(same_kind, strict_dates=False):
    """__eq__, __le__, __lt__, __ge__, __gt__ built on self._order(other, for_equality)."""
    # _order returns a negative, zero or positive number, or None when a naive and an aware
    # value are compared for equality (they are simply unequal). A datetime and a plain
    # date are never equal and cannot be ordered (strict_dates).
    def build(accept):
        def method(self, other):
            if same_kind(other):
                outcome = self._order(other, accept is None)
                if outcome is None:
                    return False
                return outcome == 0 if accept is None else accept(outcome)
            if strict_dates and isinstance(other, date):
                if accept is None:
                    return False
                _cannot_compare(self, other)
            return NotImplemented
        return method
    return (build(None), build(lambda n: n <= 0), build(lambda n: n < 0),
            build(lambda n: n >= 0), build(lambda n: n > 0))


def _sign(number):
    return (number > 0) - (number < 0)


# --- timedelta ---------------------------------------------------------------------------

def _divide_rounding(numerator, denominator):
    """numerator / denominator rounded to the nearest int, halves to even (exact)."""
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if denominator < 0:
        twice, denominator = -twice, -denominator
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


_TIMEDELTA_UNITS = (('days', _US_PER_DAY), ('seconds', _US_PER_SECOND), ('microseconds', 1),
                    ('milliseconds', 1000), ('minutes', _US_PER_MINUTE), ('hours', _US_PER_HOUR),
                    ('weeks', 7 * _US_PER_DAY))


class timedelta:
    """A duration, kept as a whole number of microseconds."""
    __slots__ = ('_total', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # Summed exactly as a fraction top/bottom of a microsecond (a float is a ratio of two
        # ints), then rounded once, half to even.
        top, bottom = 0, 1
        for (name, scale), amount in zip(_TIMEDELTA_UNITS, (days, seconds, microseconds, milliseconds,
                                                             minutes, hours, weeks)):
            if isinstance(amount, int):
                top += amount * scale * bottom
            elif isinstance(amount, float):
                numerator, denominator = amount.as_integer_ratio()
                # Denominators of floats are powers of two: the larger one is a multiple.
                if denominator > bottom:
                    top, bottom = top * (denominator // bottom), denominator
                top += numerator * scale * (bottom // denominator)
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(amount).__name__))
        return cls._of(_divide_rounding(top, bottom))

    @classmethod
    def _of(cls, total):
        days = total // _US_PER_DAY
        if abs(days) > _MAX_TIMEDELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_TIMEDELTA_DAYS))
        made = object.__new__(cls)
        made._total = total
        made._hashcode = -1
        return made

    days = property(lambda self: self._total // _US_PER_DAY)
    seconds = property(lambda self: self._total % _US_PER_DAY // _US_PER_SECOND)
    microseconds = property(lambda self: self._total % _US_PER_SECOND)

    def total_seconds(self):
        return self._total / _US_PER_SECOND

    def __repr__(self):
        named = [(name, getattr(self, name)) for name in ('days', 'seconds', 'microseconds')]
        shown = ', '.join('%s=%d' % pair for pair in named if pair[1]) or '0'
        return '%s(%s)' % (_class_name(self), shown)

    def __str__(self):
        days, rest = divmod(self._total, _US_PER_DAY)
        seconds, us = divmod(rest, _US_PER_SECOND)
        text = '%d:%02d:%02d' % (seconds // 3600, seconds // 60 % 60, seconds % 60)
        if days:
            text = '%d %s, %s' % (days, 'day' if abs(days) == 1 else 'days', text)
        if us:
            text += '.%06d' % us
        return text

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return timedelta._of(self._total + other._total)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._total - other._total)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(other._total - self._total)
        return NotImplemented

    def __neg__(self):
        return timedelta._of(-self._total)

    def __pos__(self):
        return self

    def __abs__(self):
        return timedelta._of(abs(self._total))

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._of(self._total * other)
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return timedelta._of(_divide_rounding(self._total * top, bottom))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total // other._total
        if isinstance(other, int):
            return timedelta._of(self._total // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total / other._total
        if isinstance(other, int):
            return timedelta._of(_divide_rounding(self._total, other))
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return timedelta._of(_divide_rounding(self._total * bottom, top))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._total % other._total)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            quotient, rest = divmod(self._total, other._total)
            return quotient, timedelta._of(rest)
        return NotImplemented

    def _order(self, other, for_equality):
        return _sign(self._total - other._total)

    __eq__, __le__, __lt__, __ge__, __gt__ = _comparisons(lambda other: isinstance(other, timedelta))

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self.days, self.seconds, self.microseconds))
        return self._hashcode

    def __bool__(self):
        return self._total != 0

    def __reduce__(self):
        return (type(self), (self.days, self.seconds, self.microseconds))


timedelta.min = timedelta._of(-_MAX_TIMEDELTA_DAYS * _US_PER_DAY)
timedelta.max = timedelta._of((_MAX_TIMEDELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = timedelta._of(1)

_ZERO = timedelta._of(0)


# --- date --------------------------------------------------------------------------------

class date:
    """A day of the proleptic Gregorian calendar."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=_UNSET, day=_UNSET):
        if month is _UNSET:
            raise _missing('month', 2)
        if day is _UNSET:
            raise _missing('day', 3)
        made = object.__new__(cls)
        made._year, made._month, made._day = _valid_date(year, month, day)
        made._hashcode = -1
        return made

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromordinal(cls, n):
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _LAST_ORDINAL:
            raise ValueError("year %d is out of range" % (MAXYEAR + 1))
        return cls(*_from_ordinal(n))

    @classmethod
    def fromtimestamp(cls, t):
        fields = _time.localtime(t)
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) not in (7, 8, 10):
                raise ValueError
            fields = _read_iso_date(date_string)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_week(year, week, day))

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return _weekday(self.toordinal())

    def isoweekday(self):
        return _weekday(self.toordinal()) + 1

    def isocalendar(self):
        ordinal = self.toordinal()
        year = self._year
        # The ISO year is the calendar year, or its neighbour for days in a week that
        # straddles New Year.
        if ordinal >= _iso_week_one(year + 1):
            year += 1
        elif ordinal < _iso_week_one(year):
            year -= 1
        week, day = divmod(ordinal - _iso_week_one(year), 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=_UNSET, month=_UNSET, day=_UNSET):
        return type(self)(*_merge((self._year, self._month, self._day), (year, month, day)))

    def timetuple(self):
        return _fields_for_strftime(self._year, self._month, self._day, 0, 0, 0, -1)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_class_name(self), self._year, self._month, self._day)

    def ctime(self):
        return _ctime(self.toordinal(), self._month, self._day, 0, 0, 0, self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        return _format_with(self, fmt)

    def _order(self, other, for_equality):
        mine = (self._year, self._month, self._day)
        theirs = (other._year, other._month, other._day)
        return (mine > theirs) - (mine < theirs)

    __eq__, __le__, __lt__, __ge__, __gt__ = _comparisons(
        lambda other: isinstance(other, date) and not isinstance(other, datetime))

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        ordinal = self.toordinal() + other.days
        if not 1 <= ordinal <= _LAST_ORDINAL:
            raise OverflowError("date value out of range")
        return type(self)(*_from_ordinal(ordinal))

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(MINYEAR, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as date.isocalendar() returns it."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


# --- tzinfo and time ---------------------------------------------------------------------

class tzinfo:
    """Abstract base for time zone information."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Turn a UTC datetime carrying this zone into the zone's local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        # Standard time first, then the daylight saving in force at that standard time.
        standard = offset - saving
        if standard:
            dt += standard
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + saving


def _zone_call(zone, method, argument):
    return None if zone is None else getattr(zone, method)(argument)


def _day_microseconds(hour, minute, second, microsecond):
    return ((hour * 60 + minute) * 60 + second) * _US_PER_SECOND + microsecond


class time:
    """A time of day, optionally with a time zone."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _valid_zone(tzinfo)
        made = object.__new__(cls)
        made._hour, made._minute, made._second, made._microsecond, made._fold = _valid_clock(
            hour, minute, second, microsecond, fold)
        made._tzinfo = tzinfo
        made._hashcode = -1
        return made

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _since_midnight(self):
        return _day_microseconds(self._hour, self._minute, self._second, self._microsecond)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            fields = _read_iso_time(text)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(*fields)

    # A zone's methods get the datetime they are asked about; a time gives them None.
    _zone_subject = None

    def utcoffset(self):
        return _zone_call(self._tzinfo, 'utcoffset', self._zone_subject)

    def tzname(self):
        return _zone_call(self._tzinfo, 'tzname', self._zone_subject)

    def dst(self):
        return _zone_call(self._tzinfo, 'dst', self._zone_subject)

    def isoformat(self, timespec='auto'):
        return (_clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _offset_text(self.utcoffset(), ':'))

    __str__ = isoformat

    def __repr__(self):
        shown = [self._hour, self._minute]
        if self._second or self._microsecond:
            shown.append(self._second)
        if self._microsecond:
            shown.append(self._microsecond)
        text = '%s(%s)' % (_class_name(self), ', '.join(map(str, shown)))
        return _with_extras(text, self._tzinfo, self._fold)

    def strftime(self, format):
        # The date fields of a time are those of 1 January 1900.
        return _strftime(self, format, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        return _format_with(self, fmt)

    def replace(self, hour=_UNSET, minute=_UNSET, second=_UNSET, microsecond=_UNSET, tzinfo=_UNSET, *, fold=_UNSET):
        fields = _merge((self._hour, self._minute, self._second, self._microsecond, self._tzinfo, self._fold),
                        (hour, minute, second, microsecond, tzinfo, fold))
        return type(self)(*fields[:5], fold=fields[5])

    def _utc_microseconds(self):
        # The moment on a UTC clock: the offset moves it, and may leave the 0-24h range.
        offset = self.utcoffset()
        return self._since_midnight() - (offset._total if offset else 0)

    def _order(self, other, for_equality):
        if self._tzinfo is other._tzinfo:
            return _sign(self._since_midnight() - other._since_midnight())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return _sign(self._since_midnight() - other._since_midnight())
        if mine is None or theirs is None:
            if for_equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        # Aware times compare their readings on a UTC clock.
        return _sign(self._utc_microseconds() - other._utc_microseconds())

    __eq__, __le__, __lt__, __ge__, __gt__ = _comparisons(lambda other: isinstance(other, time))

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if not offset:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(timedelta._of(self._utc_microseconds()))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time()
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime ----------------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, optionally with a time zone."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=_UNSET, day=_UNSET, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if month is _UNSET:
            raise _missing('month', 2)
        if day is _UNSET:
            raise _missing('day', 3)
        _valid_zone(tzinfo)
        made = object.__new__(cls)
        made._year, made._month, made._day = _valid_date(year, month, day)
        made._hour, made._minute, made._second, made._microsecond, made._fold = _valid_clock(
            hour, minute, second, microsecond, fold)
        made._tzinfo = tzinfo
        made._hashcode = -1
        return made

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold
    _since_midnight = time._since_midnight

    @classmethod
    def _at(cls, total, zone, fold=0):
        """The datetime `total` microseconds after the start of day 0 (naive reading)."""
        ordinal, within = divmod(total, _US_PER_DAY)
        if not 1 <= ordinal <= _LAST_ORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(within, _US_PER_SECOND)
        year, month, day = _from_ordinal(ordinal)
        return cls(year, month, day, seconds // 3600, seconds // 60 % 60, seconds % 60, us, zone, fold=fold)

    def _microseconds(self):
        return self.toordinal() * _US_PER_DAY + self._since_midnight()

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _valid_zone(tz)
        # The virtual machine's local time is UTC, so a local reading is a UTC reading.
        whole = int(t)
        since_epoch = whole * _US_PER_SECOND + round((t - whole) * _US_PER_SECOND)
        moment = cls._at(_EPOCH_MICROSECONDS + since_epoch, tz)
        return moment if tz is None else tz.fromutc(moment)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) < 7:
                raise ValueError
            cut = _iso_date_length(date_string)
            day_part = _read_iso_date(date_string[:cut])
            # A separator must be followed by a time.
            clock_part = [0, 0, 0, 0, None]
            if len(date_string) > cut:
                clock_part = _read_iso_time(date_string[cut + 1:])
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*(day_part + clock_part))

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime_datetime(cls, date_string, format)

    _zone_subject = property(lambda self: self)
    utcoffset, tzname, dst = time.utcoffset, time.tzname, time.dst

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def timetuple(self):
        saving = self.dst()
        isdst = -1 if saving is None else int(bool(saving))
        return _fields_for_strftime(self._year, self._month, self._day, self._hour, self._minute,
                                    self._second, isdst)

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _fields_for_strftime(moment.year, moment.month, moment.day, moment.hour, moment.minute,
                                    moment.second, 0)

    def timestamp(self):
        offset = self.utcoffset() or _ZERO
        return (self._microseconds() - offset._total - _EPOCH_MICROSECONDS) / _US_PER_SECOND

    def replace(self, year=_UNSET, month=_UNSET, day=_UNSET, hour=_UNSET, minute=_UNSET, second=_UNSET,
                microsecond=_UNSET, tzinfo=_UNSET, *, fold=_UNSET):
        fields = _merge((self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold),
                        (year, month, day, hour, minute, second, microsecond, tzinfo, fold))
        return type(self)(*fields[:8], fold=fields[8])

    def astimezone(self, tz=None):
        if tz is None:
            # The local zone: the virtual machine's is UTC, named as the C library names it.
            tz = timezone._make(_ZERO, 'UTC')
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        if tz is self._tzinfo:
            return self
        # A naive datetime is local time, and the virtual machine's local time is UTC.
        offset = self.utcoffset() or _ZERO
        return tz.fromutc((self - offset).replace(tzinfo=tz))

    def ctime(self):
        return _ctime(self.toordinal(), self._month, self._day, self._hour, self._minute, self._second,
                      self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        return (date.isoformat(self) + sep
                + _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _offset_text(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        shown = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        # Trailing zero seconds and microseconds are left out (hour and minute never are).
        while len(shown) > 5 and shown[-1] == 0:
            shown.pop()
        text = '%s(%s)' % (_class_name(self), ', '.join(map(str, shown)))
        return _with_extras(text, self._tzinfo, self._fold)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def _order(self, other, for_equality):
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    if for_equality:
                        return None
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                return _sign((self - other)._total)
        return _sign(self._microseconds() - other._microseconds())

    __eq__, __le__, __lt__, __ge__, __gt__ = _comparisons(lambda other: isinstance(other, datetime),
                                                          strict_dates=True)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return type(self)._at(self._microseconds() + other._total, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        naive = self._microseconds() - other._microseconds()
        if self._tzinfo is other._tzinfo:
            return timedelta._of(naive)
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return timedelta._of(naive)
        if mine is None or theirs is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta._of(naive - mine._total + theirs._total)

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if offset is None:
                self._hashcode = hash((self._year, self._month, self._day, self._hour, self._minute,
                                       self._second, self._microsecond))
            else:
                self._hashcode = hash(timedelta._of(self._microseconds() - offset._total))
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


datetime.min = datetime(MINYEAR, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time
_EPOCH_MICROSECONDS = _to_ordinal(1970, 1, 1) * _US_PER_DAY


# --- timezone ----------------------------------------------------------------------------

_NO_NAME = object()
_OFFSET_BOUND = _US_PER_DAY


class timezone(tzinfo):
    """A fixed offset from UTC, optionally with a name."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is _NO_NAME:
            if not offset:
                return timezone.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_OFFSET_BOUND < offset._total < _OFFSET_BOUND:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._make(offset, name)

    @classmethod
    def _make(cls, offset, name=None):
        made = tzinfo.__new__(cls)
        made._offset = offset
        made._name = name
        return made

    def _argument_check(self, method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._argument_check('utcoffset', dt)
        return self._offset

    def dst(self, dt):
        self._argument_check('dst', dt)
        return None

    def tzname(self, dt):
        self._argument_check('tzname', dt)
        if self._name is not None:
            return self._name
        return 'UTC' + _offset_text(self._offset, ':') if self._offset else 'UTC'

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __eq__(self, other):
        # Only the offsets count: names are labels.
        if not isinstance(other, timezone):
            return NotImplemented
        return self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        shown = repr(self._offset) if self._name is None else '%r, %r' % (self._offset, self._name)
        return '%s(%s)' % (_class_name(self), shown)

    def __str__(self):
        return self.tzname(None)


timezone.utc = timezone._make(_ZERO)
timezone.min = timezone._make(-timedelta(hours=23, minutes=59))
timezone.max = timezone._make(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# --- ISO 8601 reading (fromisoformat) ----------------------------------------------------
# Each reader raises a bare ValueError on anything it cannot read; the public methods turn
# that into CPython's "Invalid isoformat string: ..." message (or the constructor's own,
# when the fields read fine but are out of range).

def _number(text, start, width):
    chunk = text[start:start + width]
    if len(chunk) != width or not (chunk.isascii() and chunk.isdigit()):
        raise ValueError
    return int(chunk)


def _iso_date_length(text):
    """How many leading characters of an ISO datetime string are its date."""
    size = len(text)
    if size == 7:
        return 7
    if text[4] == 'W':
        # Basic week form, YYYYWww or YYYYWwwD, with the time's digits possibly right after:
        # an odd digit count means the weekday digit is part of the date.
        end = 7
        while end < size and text[end].isdigit():
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    if text[4] != '-':
        return 8
    if text[5] != 'W':
        return 10
    # Extended week form YYYY-Www, with an optional -D.
    if size < 8:
        raise ValueError
    if size == 8 or text[8] != '-':
        return 8
    if size == 9:
        raise ValueError
    return 8 if size > 10 and text[10].isdigit() else 10


def _read_iso_date(text):
    year = _number(text, 0, 4)
    dashed = text[4:5] == '-'
    at = 5 if dashed else 4
    if text[at:at + 1] == 'W':
        week = _number(text, at + 1, 2)
        at += 3
        day = 1
        if len(text) > at:
            if (text[at] == '-') != dashed:
                raise ValueError
            day = _number(text, at + dashed, 1)
        return list(_from_iso_week(year, week, day))
    month = _number(text, at, 2)
    at += 2
    if (text[at:at + 1] == '-') != dashed:
        raise ValueError
    at += dashed
    day = _number(text, at, 2)
    if len(text) != at + 2:
        raise ValueError
    return [year, month, day]


def _read_clock(text):
    """[hour, minute, second, microsecond] of HH[:MM[:SS]][.fff...] (colons optional)."""
    parts = [0, 0, 0, 0]
    at = 0
    colons = None
    for index in range(3):
        parts[index] = _number(text, at, 2)
        at += 2
        if at == len(text):
            return parts
        mark = text[at]
        if colons is None:
            colons = mark == ':'
        if mark in '.,':
            at += 1
            break
        if colons:
            if mark != ':':
                raise ValueError
            at += 1
        # Without colons the next component starts right here.
    # A fraction of the last component read: up to six digits count, more are dropped.
    digits = text[at:]
    if not digits or not (digits.isascii() and digits.isdigit()):
        raise ValueError
    kept = digits[:6]
    parts[3] = int(kept) * 10 ** (6 - len(kept))
    return parts


def _read_iso_time(text):
    if len(text) < 2:
        raise ValueError
    mark = _first_zone_mark(text)
    if mark < 0:
        return _read_clock(text) + [None]
    clock = _read_clock(text[:mark])
    zone_text = text[mark + 1:]
    if text[mark] == 'Z':
        if zone_text:
            raise ValueError
        return clock + [timezone.utc]
    if len(zone_text) in (0, 1, 3):
        raise ValueError
    hours, minutes, seconds, micro = _read_clock(zone_text)
    # Whole seconds decide whether this is UTC; a lone fraction of a second does not count.
    if not (hours or minutes or seconds):
        return clock + [timezone.utc]
    offset = _day_microseconds(hours, minutes, seconds, micro)
    return clock + [timezone(timedelta._of(-offset if text[mark] == '-' else offset))]


def _first_zone_mark(text):
    # The zone starts at the first '-', else the first '+', else the first 'Z'.
    for mark in '-+Z':
        at = text.find(mark)
        if at >= 0:
            return at
    return -1


# --- strptime: the common directives of time.strptime, read without regular expressions ---

_FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"]
_FULL_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# directive: (most digits, smallest value, largest value)
_NUMERIC = {'d': (2, 1, 31), 'm': (2, 1, 12), 'H': (2, 0, 23), 'I': (2, 1, 12), 'M': (2, 0, 59),
            'S': (2, 0, 61), 'j': (3, 1, 366), 'y': (2, 0, 99), 'Y': (4, 0, 9999), 'f': (6, 0, 999999),
            'U': (2, 0, 53), 'W': (2, 0, 53), 'w': (1, 0, 6), 'u': (1, 1, 7)}


def _match_name(data, pos, names):
    low = data[pos:].lower()
    for full_first in (True, False):
        for i, name in enumerate(names):
            candidate = name if full_first else name[:3]
            if low.startswith(candidate):
                return i, pos + len(candidate)
    return None, pos


def _strptime(data_string, format):
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 0 must be str, not %s" % type(data_string).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(format).__name__)
    found = {}
    pos = 0
    i = 0
    n = len(format)
    mismatch = ValueError("time data %r does not match format %r" % (data_string, format))
    while i < n:
        ch = format[i]
        if ch == '%' and i + 1 < n:
            d = format[i + 1]
            i += 2
            if d in _NUMERIC:
                most, low, high = _NUMERIC[d]
                if d == 'd' and data_string[pos:pos + 1] == ' ':
                    pos += 1
                end = pos
                while end < len(data_string) and end - pos < most and data_string[end].isdigit():
                    end += 1
                if d == 'Y' and end - pos != 4:
                    raise mismatch
                if d == 'y' and end - pos != 2:
                    raise mismatch
                if end == pos:
                    raise mismatch
                value = int(data_string[pos:end])
                while (value < low or value > high) and end - pos > 1:
                    end -= 1
                    value = int(data_string[pos:end])
                if value < low or value > high:
                    raise mismatch
                if d == 'f':
                    value = value * 10 ** (6 - (end - pos))
                found[d] = value
                pos = end
            elif d in 'bBh':
                idx, pos2 = _match_name(data_string, pos, _FULL_MONTHS)
                if idx is None:
                    raise mismatch
                found['m'] = idx + 1
                pos = pos2
            elif d in 'aA':
                idx, pos2 = _match_name(data_string, pos, _FULL_DAYS)
                if idx is None:
                    raise mismatch
                found['a'] = idx
                pos = pos2
            elif d == 'p':
                part = data_string[pos:pos + 2].lower()
                if part not in ('am', 'pm'):
                    raise mismatch
                found['p'] = part
                pos += 2
            elif d == 'z':
                if data_string[pos:pos + 1] == 'Z':
                    found['z'] = 0
                    pos += 1
                    continue
                sign = data_string[pos:pos + 1]
                if sign not in ('+', '-'):
                    raise mismatch
                body = data_string[pos + 1:pos + 9]
                if len(body) >= 5 and body[2] == ':':
                    hh, mm, used = body[:2], body[3:5], 5
                    if body[5:6] == ':' and body[6:8].isdigit():
                        ss, used = body[6:8], 8
                    else:
                        ss = '00'
                else:
                    hh, mm, ss, used = body[:2], body[2:4], '00', 4
                    if body[4:6].isdigit():
                        ss, used = body[4:6], 6
                if not (hh + mm + ss).isdigit() or len(hh + mm) != 4:
                    raise mismatch
                off = int(hh) * 3600 + int(mm) * 60 + int(ss)
                found['z'] = -off if sign == '-' else off
                pos += 1 + used
            elif d == 'Z':
                for name in ('UTC', 'GMT'):
                    if data_string[pos:pos + 3].upper() == name:
                        found['Z'] = name
                        pos += 3
                        break
                else:
                    raise mismatch
            elif d == '%':
                if data_string[pos:pos + 1] != '%':
                    raise mismatch
                pos += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif ch == '%':
            raise ValueError("stray %% in format '%s'" % format)
        elif ch.isspace():
            i += 1
            while i < n and format[i].isspace():
                i += 1
            start = pos
            while pos < len(data_string) and data_string[pos].isspace():
                pos += 1
            if pos == start:
                raise mismatch
        else:
            if data_string[pos:pos + 1].lower() != ch.lower():
                raise mismatch
            pos += 1
            i += 1
    if pos != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[pos:])
    year = found.get('Y')
    if year is None:
        year = 1900
        if 'y' in found:
            y = found['y']
            year = y + (2000 if y <= 68 else 1900)
    month = found.get('m', 1)
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12
        if found.get('p') == 'pm':
            hour += 12
    if 'j' in found:
        o = _to_ordinal(year, 1, 1) + found['j'] - 1
        year, month, day = _from_ordinal(o)
    return year, month, day, hour, found.get('M', 0), found.get('S', 0), found.get('f', 0), found.get('z'), found.get('Z')


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    y, m, d, hh, mm, ss, us, z, zname = _strptime(data_string, format)
    if ss > 59:
        ss = 59
    tz = None
    if z is not None:
        tz = timezone(timedelta(seconds=z), zname) if zname else timezone(timedelta(seconds=z))
    return cls(y, m, d, hh, mm, ss, us, tz)
