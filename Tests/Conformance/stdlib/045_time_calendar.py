# time's calendar functions on fixed timestamps: gmtime, strftime (glibc's C locale),
# asctime, ctime, mktime of a UTC tuple, struct_time fields and repr.
import time

for ts in (0, 86399, 951782400, 1700000000, 1704067199, 4102444800, -86400):
    t = time.gmtime(ts)
    print(t)
    print(time.strftime("%Y-%m-%d %H:%M:%S | %a %A %b %B %c | %j %U %W %V %G %g %u %w | %D %F %T %R %r %e %C %y %p %I %%", t))
    print(time.asctime(t), "|", time.ctime(ts), "|", t.tm_year, t.tm_yday, t.tm_wday, t[0], len(t), tuple(t)[:3])
print(time.gmtime(1.9) == time.gmtime(1), time.gmtime(-1.5))
print(time.strftime("%Y-%m-%d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime("%H:%M", (2024, 1, 1, 23, 59, 0, 0, 1, 0)), time.strftime("plain text"))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1)]:
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = time.gmtime(1700000000)
print(s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, s.tm_isdst, s.tm_zone, s.tm_gmtoff, time.strftime("%Z", s))
print(isinstance(time.localtime(), type(s)), time.localtime(1700000000).tm_year, len(time.asctime()) == 24)
