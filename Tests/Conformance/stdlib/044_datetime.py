# datetime: construction and checks, reprs and strs, arithmetic, comparisons, time zones,
# strftime/strptime, isoformat/fromisoformat, and the clock readers as properties.
from datetime import date, datetime, time, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dt_module

print(repr(datetime(2024, 1, 2, 3, 4, 5)), repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5, 6)))
print(repr(date(2024, 2, 29)), repr(time(3, 4, 5)), repr(time(3, 4)), repr(time()), repr(time(1, 2, 3, 4)))
print(repr(timedelta(days=1, seconds=3600)), repr(timedelta()), repr(timedelta(microseconds=-1)))
print(repr(timedelta(hours=1.5)), repr(timedelta(weeks=1, milliseconds=2)), repr(timedelta(seconds=0.5)))
print(str(timedelta(days=1, hours=1)), str(timedelta(days=-1, seconds=5)), str(timedelta(microseconds=5)))
print(str(timedelta(days=2)), str(timedelta(seconds=-1)), str(timedelta(days=-2, hours=3)))
print(timedelta(days=1).total_seconds(), timedelta(minutes=90) // timedelta(hours=1), timedelta(minutes=90) / timedelta(hours=1))
print(timedelta(hours=3) / 2, timedelta(hours=3) * 2, 2 * timedelta(seconds=7), timedelta(seconds=7) / 2)
print(timedelta(seconds=10) % timedelta(seconds=3), divmod(timedelta(seconds=10), timedelta(seconds=3)))
print(-timedelta(hours=1), abs(timedelta(hours=-1)), bool(timedelta()), timedelta(1) == timedelta(hours=24))
print(timedelta.max, timedelta.min, timedelta.resolution, MINYEAR, MAXYEAR)
print(sorted([timedelta(3), timedelta(1), timedelta(2)]))

d = date(2024, 1, 31)
print(d, d + timedelta(days=1), d - timedelta(days=31), date(2024, 3, 1) - date(2024, 2, 1))
print(d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(738916))
print(d.isocalendar(), d.isocalendar()[1], tuple(date(2021, 1, 1).isocalendar()), d.ctime())
print(d.replace(day=1), d < date(2024, 2, 1), d == date(2024, 1, 31), d != date(2024, 1, 30))
print(date.fromisoformat("2024-05-06"), date.fromisoformat("20240506"), date.fromisocalendar(2024, 1, 1))
print(d.timetuple())
print(date.min, date.max, date.resolution)

t = datetime(2024, 1, 2, 3, 4, 5, 678901)
print(t, t.isoformat(), t.isoformat(" ", "seconds"), t.isoformat(timespec="milliseconds"))
print(t.date(), t.time(), t.ctime(), t + timedelta(hours=23), t - timedelta(days=2))
print(datetime(2024, 3, 1) - datetime(2024, 2, 28, 12), datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(datetime.combine(date(2024, 1, 2), time(9, 30)), t.replace(year=2020, microsecond=0))
print(t.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y %w %U %W %%"))
print(d.strftime("%d/%m/%Y"), time(13, 5).strftime("%H:%M %p"), format(t, "%H:%M"), f"{d:%Y}")
print(datetime.strptime("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("02 Jan 2024 11:30 PM", "%d %b %Y %I:%M %p"), datetime.strptime("5 march 99", "%d %B %y"))
print(repr(datetime.strptime("2024-01-02T03:04:05.123+0130", "%Y-%m-%dT%H:%M:%S.%f%z")))
print(datetime.strptime("2024 100", "%Y %j"), datetime.strptime("12:30", "%H:%M"))
for bad, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-01-02 extra", "%Y-%m-%d"), ("x", "%Y")]:
    try:
        datetime.strptime(bad, fmt)
    except ValueError as e:
        print("ValueError:", e)
print(datetime.fromisoformat("2024-01-02T03:04:05"), datetime.fromisoformat("2024-01-02 03:04"))
print(repr(datetime.fromisoformat("2024-01-02T03:04:05.5+02:00")), repr(datetime.fromisoformat("2024-01-02T03:04:05Z")))
print(repr(time.fromisoformat("10:11:12.123456")), datetime.fromisoformat("2024-01-02"))
for bad in ["2024-1-2", "nope", "2024-01-02T25:00"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)

utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
named = timezone(timedelta(hours=-5, minutes=-30), "Somewhere")
print(repr(utc), repr(plus2), repr(named), str(utc), str(plus2), str(named), dt_module.UTC is utc)
print(timezone(timedelta(0)) is utc, timezone(timedelta(0), "Z") == utc, plus2.utcoffset(None), plus2.dst(None))
aware = datetime(2024, 1, 2, 12, 0, tzinfo=utc)
print(repr(aware), aware, aware.astimezone(plus2), aware.astimezone(named).isoformat())
print(aware == aware.astimezone(plus2), aware.utcoffset(), aware.tzname(), aware.astimezone(plus2).tzname())
print(aware.strftime("%H:%M %z %Z"), datetime(2024, 1, 2, tzinfo=named).strftime("%z|%Z"), datetime(2024, 1, 2).strftime("[%z][%Z]"))
print(aware.timestamp(), datetime(1970, 1, 2).timestamp(), datetime.fromtimestamp(86400.5, utc))
print(datetime.utcfromtimestamp(1700000000), datetime.fromtimestamp(0, plus2), date.fromtimestamp(1700000000))
print(repr(time(12, 30, tzinfo=plus2)), time(12, 30, tzinfo=plus2).isoformat(), time(1, 2, 3, 400).isoformat())
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(aware == datetime(2024, 1, 2, 12), datetime(2024, 1, 2) == date(2024, 1, 2))
try:
    datetime(2024, 1, 2) < date(2024, 1, 3)
except TypeError as e:
    print("TypeError:", e)
for args in [(2024, 2, 30), (2024, 13, 1), (0, 1, 1), (2024, 1, 1, 24)]:
    try:
        datetime(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print("ValueError:", e)
try:
    date(2024, 1, 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError:", e)

events = {datetime(2024, 1, 2): "a", date(2024, 1, 2): "b", timedelta(1): "c", time(1): "d"}
print(len(events), events[datetime(2024, 1, 2)], events[timedelta(hours=24)])

# The clock readers: properties only (the engine's clock is virtual).
now = datetime.now()
print(type(now).__name__, now.year >= 2023, now.tzinfo, datetime.now(utc).tzinfo is utc)
print(type(datetime.utcnow()).__name__, type(date.today()).__name__, abs(datetime.now() - datetime.today()) < timedelta(seconds=5))
print(isinstance(datetime.now(), date), issubclass(datetime, date), datetime.now().date() == date.today())
