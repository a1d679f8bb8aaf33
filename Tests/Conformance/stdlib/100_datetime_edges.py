# datetime edge cases: timedelta normalisation and rounding (floats, half to even), division
# and multiplication by ints and floats, str/repr of negative durations; the calendar at its
# ends (leap years, year 1 and 9999, ISO weeks 52/53, ordinals); datetime arithmetic across
# offsets; isoformat timespecs with offsets carrying seconds and microseconds; strftime's
# %f/%z/%Z; fromisoformat's basic/extended/week forms, fractions and zones; C-module errors.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC


def attempt(label, make):
    try:
        print(label, "|", repr(make()))
    except (TypeError, ValueError, OverflowError, ZeroDivisionError, NotImplementedError) as e:
        print(label, "|", type(e).__name__, e)


for amount in (0.5, 1.5, 2.5, -0.5, -1.5, 1e-7, 0.1, 1 / 3):
    print(amount, repr(timedelta(microseconds=amount)), repr(timedelta(seconds=amount)),
          repr(timedelta(days=amount)), repr(timedelta(hours=amount, minutes=amount)))
print(repr(timedelta(days=0.1, seconds=0.3, microseconds=0.7)), repr(timedelta(weeks=-1.25, milliseconds=1.5)))
print(repr(timedelta(seconds=86401, microseconds=-1)), repr(timedelta(days=-1, seconds=86399)))
for d in (timedelta(microseconds=-1), timedelta(days=-1, microseconds=5), timedelta(days=-3, hours=5),
          timedelta(days=1, seconds=59), timedelta(days=-1), timedelta(days=2, microseconds=10)):
    print(str(d), "|", repr(d), "|", d.days, d.seconds, d.microseconds, d.total_seconds())
span = timedelta(hours=3, microseconds=5)
print(span / 7, span / -7, span / 0.7, span * 0.7, span * -3, span // 7, span // -7, span / 4, timedelta(microseconds=3) / 2)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=5) * 0.5, timedelta(microseconds=7) * 0.5)
print(span // timedelta(minutes=7), span % timedelta(minutes=7), divmod(-span, timedelta(hours=1)), span / timedelta(hours=2))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), timedelta(1) != timedelta(1, 1), timedelta.max + timedelta.min)
attempt("td / 0", lambda: span / 0)
attempt("td // 0", lambda: span // 0)
attempt("td // td0", lambda: span // timedelta(0))
attempt("td / td0", lambda: span / timedelta(0))
attempt("td % td0", lambda: span % timedelta(0))
attempt("td max + 1", lambda: timedelta.max + timedelta.resolution)
attempt("td -min", lambda: -timedelta.min)
attempt("td str days", lambda: timedelta(days="1"))

for y in (1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999):
    first, last = date(y, 1, 1), date(y, 12, 31)
    print(y, first.toordinal(), last.toordinal(), first.weekday(), last.isoweekday(), first.isocalendar(),
          last.isocalendar(), (date(y, 3, 1) - date(y, 2, 1)).days, last.strftime("%j %U %W"))
print(date.fromordinal(1), date.fromordinal(3652059), date.fromordinal(730120), date(2020, 12, 31).isocalendar().week)
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2015, 53, 1), date.fromisocalendar(1, 1, 1))
cal = date(2021, 1, 3).isocalendar()
print(cal, cal.year, cal.week, cal.weekday, tuple(cal), cal == (2020, 53, 7), cal[0])
attempt("fromordinal 0", lambda: date.fromordinal(0))
attempt("fromordinal big", lambda: date.fromordinal(3652060))
attempt("week 53 of 2021", lambda: date.fromisocalendar(2021, 53, 1))
attempt("day 0", lambda: date.fromisocalendar(2021, 5, 0))
attempt("year 0", lambda: date.fromisocalendar(0, 5, 1))
attempt("date.max + 1 day", lambda: date.max + timedelta(1))
attempt("date.min - 1 day", lambda: date.min - timedelta(1))
attempt("date(2024)", lambda: date(2024))
attempt("date(2024, 1)", lambda: date(2024, 1))
attempt("date None day", lambda: date(2024, 1, None))
attempt("date str day", lambda: date(2024, 1, "2"))
attempt("replace None", lambda: date(2024, 1, 2).replace(day=None))
attempt("replace Feb 30", lambda: date(2024, 1, 30).replace(month=2))
attempt("date < datetime", lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
print(date(2024, 1, 1) == datetime(2024, 1, 1), date(2024, 1, 1) != datetime(2024, 1, 1))

east = timezone(timedelta(hours=5, minutes=30), "IST")
odd = timezone(timedelta(hours=-3, seconds=-7, microseconds=-250))
print(repr(odd), str(odd), odd.tzname(None), repr(east), str(east), repr(timezone(timedelta(hours=-1))))
print(str(timezone(timedelta(seconds=-1))), str(timezone.min), str(timezone.max), repr(timezone.max), UTC is timezone.utc)
moment = datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=odd)
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, moment.isoformat(timespec=spec), moment.isoformat("_", spec), moment.timetz().isoformat(spec))
print(moment.strftime("%Y-%m-%d %H:%M:%S.%f %z %Z %%z"), datetime(2024, 1, 1, tzinfo=east).strftime("%z %Z"))
print(moment + timedelta(microseconds=1), moment.astimezone(east), moment.astimezone(UTC), moment.timestamp())
print(repr(moment.astimezone()), moment.utcoffset(), moment.dst(), moment.utctimetuple()[:6])
print(moment - datetime(2024, 2, 29, tzinfo=east), datetime(2024, 1, 1, tzinfo=east) == datetime(2023, 12, 31, 18, 30, tzinfo=UTC))
print(hash(datetime(2024, 1, 1, tzinfo=east)) == hash(datetime(2023, 12, 31, 18, 30, tzinfo=UTC)))
print(datetime(2024, 1, 1, 12, tzinfo=east) > datetime(2024, 1, 1, 7, tzinfo=UTC), time(12, tzinfo=east) < time(7, 1, tzinfo=UTC))
print(time(5, 30, tzinfo=east) == time(0, tzinfo=UTC), time(1, tzinfo=UTC) == time(1), repr(time(1, 2, 0, 5)), repr(time(0, 0, 3)))
print(repr(datetime(2024, 1, 1, 0, 0, 0, 1)), repr(datetime(2024, 1, 1, 0, 0, 1)), repr(datetime(2024, 1, 1, fold=1)))
print(repr(time(23, 59, tzinfo=UTC, fold=1)), repr(datetime(1, 1, 1, tzinfo=east)), datetime(9999, 12, 31, 23).ctime())
attempt("naive - aware", lambda: datetime(2024, 1, 1) - moment)
attempt("naive < aware time", lambda: time(1) < time(1, tzinfo=UTC))
attempt("datetime.max + 1us", lambda: datetime.max + timedelta.resolution)
attempt("bad tzinfo", lambda: datetime(2024, 1, 1, tzinfo=5))
attempt("astimezone int", lambda: datetime(2024, 1, 1).astimezone(5))
attempt("combine int", lambda: datetime.combine(1, time()))
attempt("combine date int", lambda: datetime.combine(date(2024, 1, 1), 1))
attempt("timezone int", lambda: timezone(1))
attempt("timezone name int", lambda: timezone(timedelta(0), 5))
attempt("timezone 24h", lambda: timezone(-timedelta(hours=24)))
attempt("utcoffset int", lambda: east.utcoffset(5))
attempt("fromutc naive", lambda: east.fromutc(datetime(2024, 1, 1)))
attempt("fromutc int", lambda: east.fromutc(5))
attempt("abstract tzinfo", lambda: tzinfo().utcoffset(None))
attempt("isoformat sep", lambda: datetime(2024, 1, 1).isoformat(sep="ab"))
attempt("isoformat spec", lambda: time(1).isoformat("nanoseconds"))
attempt("strftime int", lambda: date(2024, 1, 1).strftime(5))
attempt("hour 24", lambda: time(24))
attempt("fold 2", lambda: time(1, fold=2))
attempt("float minute", lambda: datetime(2024, 1, 1, 1, 1.5))
print(datetime.fromtimestamp(-1.5), datetime.fromtimestamp(0.9999999), datetime.fromtimestamp(1e9, east), datetime.utcfromtimestamp(-86400 * 365))
print(datetime(2024, 1, 1).replace(tzinfo=east).replace(tzinfo=None), datetime(2024, 1, 1, tzinfo=east).replace(hour=3, fold=1).fold)
print(time(1, 2, tzinfo=east).replace(tzinfo=None), time(1, 2).replace(second=3, microsecond=4))
print(format(date(2024, 5, 6), ""), format(time(1, 2), "%H.%M"), f"{datetime(2024, 5, 6, 7, 8):%d/%m %H:%M %f}")

texts = ["2024-05-06", "20240506", "2024-W19", "2024W19", "2024-W19-1", "2024W191", "2020-W53-7", "2021-W53-1",
         "2024-05-06T07", "2024-05-06T0708", "2024-05-06T07:08", "2024-05-06T070809", "2024-05-06 07:08:09.1",
         "2024-05-06T07:08:09,123456789", "2024-05-06T07.5", "2024-05-06T07:08.25", "2024-05-06T07:08:09Z",
         "2024-05-06T07:08:09+05", "2024-05-06T07:08:09-0530", "2024-05-06T07:08:09+05:30:15",
         "2024-05-06T07:08:09+05:30:15.5", "2024-05-06T07:08:09+00:00", "2024-05-06T07:08:09-00:00:00.000001",
         "2024W191T0708", "2024-W19-1T07:08", "20240506T070809Z", "2024-05-06T", "2024-05-06T7", "2024-05-06T07:8",
         "2024-05-06T07:08:09.", "2024-05-06T07:08:09Z01", "2024-05-06T07:08:09+5", "2024-05-06T07:08:09+05:3",
         "2024-13-06", "2024-02-30", "2024-05-06T24:00", "2024-5-6", "2024/05/06", "", "2024-W54", "２０２４-05-06"]
for text in texts:
    attempt("datetime " + text, lambda: datetime.fromisoformat(text))
for text in texts[:8] + ["2024-05-0", "2024-05-06T01"]:
    attempt("date " + text, lambda: date.fromisoformat(text))
for text in ["07", "0708", "07:08:09.5", "T07:08", "07:08:09.123+02:00", "07:08Z", "7", "25:00", "07:08:09,1-01"]:
    attempt("time " + text, lambda: time.fromisoformat(text))
attempt("fromisoformat int", lambda: datetime.fromisoformat(20240506))
