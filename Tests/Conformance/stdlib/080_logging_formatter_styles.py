# logging.Formatter: the three styles, validate=True's checks and their messages, defaults,
# usesTime, time formatting from a fixed `created`, missing fields, BufferingFormatter.
import logging
import time


def attempt(fmt, style="%", **kw):
    try:
        f = logging.Formatter(fmt, style=style, **kw)
        print("ok   ", style, repr(fmt), "->", repr(f._fmt))
    except ValueError as e:
        print("error", style, repr(fmt), "->", e)


for fmt in ["%(message)s", "%(a)-10.3f", "%(a)*d", "%(a).*d", "%(a)#0+ -5.2E", "%(a) s", "%(a)%",
            "%(a)", "%()s", "%(a)z", "%s", "plain", "%(a b)s", "%(a)10", "%(a).s", "x %(a)05d y"]:
    attempt(fmt)
for fmt in ["{message}", "{a:<10}", "{a:*^+#010,.3f}", "{a:{w}.{p}f}", "{a!r:>3}", "{a.b[c]}", "{0}",
            "{a:%}", "{a:_x}", "{a!s:}", "{", "}", "a}b", "{a", "{a!}", "{a!x}", "{a!rx}", "{a:{b}",
            "{a[}", "{a[b]x}", "{a b}", "{}", "{:>3}", "{a:zz}", "x{{y}}", "{ }", "{a:10.}", "{a::}",
            "{a}}", "{{a}", "{a:{b:{c}}}", "{a{b}", "{a b}{", "{a:X}"]:
    attempt(fmt, "{")
for fmt in ["$message", "${message}", "$$", "$", "x$", "$1", "${1}", "${a", "a $ b", "${ a}",
            "$a$", "${a}x$b", "$$a", "$_x9"]:
    attempt(fmt, "$")
attempt("anything", validate=False)
attempt(None, "{")
attempt("", "$")
attempt("%(message)s", "#")

for fmt, style in [("%(asctime)s", "%"), ("%(message)s", "%"), ("{asctime}", "{"), ("{asctime:>30}", "{"),
                   ("$asctime", "$"), ("${asctime}", "$"), ("$message", "$")]:
    print(style, repr(fmt), logging.Formatter(fmt, style=style).usesTime())

rec = logging.makeLogRecord({"msg": "at %s", "args": ("noon",), "levelno": 20, "levelname": "INFO",
                             "name": "clock", "created": 951782400.25, "msecs": 250.0})
utc = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
utc.converter = time.gmtime
print(utc.format(rec))
print(utc.formatTime(rec), "|", utc.formatTime(rec, "%d/%m/%y %H:%M"))
utc.default_msec_format = "%s.%03d"
print(utc.formatTime(rec))
utc.default_msec_format = None
utc.default_time_format = "%H:%M:%S"
print(utc.formatTime(rec))


class UTC(logging.Formatter):
    converter = time.gmtime
    default_time_format = "%Y%m%dT%H%M%S"


print(UTC("{asctime}|{name}|{message}", style="{").format(rec))
print(UTC("${asctime} $levelname: ${message}", datefmt="%j", style="$").format(rec))

withdefaults = logging.Formatter("%(user)s/%(message)s", defaults={"user": "nobody", "message": "unused"})
print(withdefaults.format(rec))
print(logging.Formatter("{user!r:>8}|{message}", style="{", defaults={"user": "ann"}).format(rec))
print(logging.Formatter("${user}=${message}", style="$", defaults={"user": "sam"}).format(rec))
rec.user = "record wins"
print(withdefaults.format(rec))

for fmt, style in [("%(nope)s", "%"), ("{nope}", "{"), ("$nope", "$")]:
    try:
        logging.Formatter(fmt, style=style).format(rec)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("%(message)d").format(rec)
except TypeError as e:
    print("TypeError:", e)

print(repr(logging.Formatter().format(logging.makeLogRecord({"msg": "%d%%", "args": (5,)}))))
print(repr(logging.Formatter().format(logging.makeLogRecord({"msg": "100% raw"}))))
print(repr(logging.Formatter().format(logging.makeLogRecord({"msg": ["not", "a", "str"]}))))
print(logging.Formatter("%(levelname)-8s|%(levelno)03d|%(name)s").format(rec))
print(logging.BASIC_FORMAT, logging.PercentStyle.default_format, logging.StrFormatStyle.asctime_format,
      logging.StringTemplateStyle.asctime_search)

lines = [logging.makeLogRecord({"msg": m}) for m in ("one", "two", "three")]
print(repr(logging.BufferingFormatter().format(lines)), repr(logging.BufferingFormatter().format([])))


class Report(logging.BufferingFormatter):
    def formatHeader(self, records):
        print("header first")
        return "[%d records] " % len(records)

    def formatFooter(self, records):
        print("footer last")
        return " [end]"


class Noisy(logging.Formatter):
    def format(self, record):
        print("line", record.msg)
        return record.msg + ";"


print(Report(Noisy()).format(lines))
print(type(logging.Formatter()._style).__name__, type(logging.Formatter(style="{")._style).__name__,
      type(logging.Formatter(style="$")._style).__name__, logging.Formatter.__name__, logging.Formatter.__module__)
