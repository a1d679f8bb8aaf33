# logging: LoggerAdapter (extra, process, stacklevel, delegation, repr) and filters (Filter by
# name, callables, objects, on loggers and handlers, what propagation skips).
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(funcName)s:%(lineno)d %(message)s"))
base = logging.getLogger("svc")
base.propagate = False
base.addHandler(out)
base.setLevel(logging.DEBUG)

plain = logging.LoggerAdapter(base, {"request": 7})
print(plain, plain.name, plain.extra, plain.manager is logging.Logger.manager, plain.logger is base)


def handler_func():
    plain.info("adapter call")
    plain.debug("with %s", "args")
    plain.warning("one frame up", stacklevel=2)


handler_func()
print(plain.isEnabledFor(logging.DEBUG), plain.getEffectiveLevel(), plain.hasHandlers())
plain.setLevel(logging.ERROR)
print(base.level, plain.isEnabledFor(logging.WARNING))
plain.warning("dropped by level")
plain.error("kept")
plain.critical("critical %d", 1)
plain.log(45, "custom")
base.setLevel(logging.DEBUG)

ctx = logging.StreamHandler(sys.stdout)


class OneLineExc(logging.Formatter):
    # The traceback's last line only (CPython prints the program's absolute path).
    def formatException(self, ei):
        return "%s: %s" % (ei[0].__name__, ei[1])


ctx.setFormatter(OneLineExc("[%(request)s] %(message)s"))
tagged = logging.getLogger("svc.tagged")
tagged.propagate = False
tagged.addHandler(ctx)
logging.LoggerAdapter(tagged, {"request": 42}).warning("extra reaches the record")
try:
    logging.LoggerAdapter(tagged, {"msg": "clash"}).warning("x")
except KeyError as e:
    print("KeyError:", e)


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["request"] = self.extra["id"]
        return "<%s> %s" % (self.extra["id"], msg), kwargs


pre = Prefix(tagged, {"id": "abc"})
pre.info("info passes: svc.tagged inherits DEBUG from svc")
pre.warning("processed %s", "message")
print(repr(pre), pre.name)
try:
    raise RuntimeError("inside adapter")
except RuntimeError:
    pre.exception("failed")

# Filter(name): the named logger and its descendants only.
for fname in ["", "a", "a.b", "a.b.c", "a.bc", "b"]:
    f = logging.Filter(fname)
    recs = [logging.makeLogRecord({"name": n}) for n in ("a", "a.b", "a.b.c", "a.bc", "ab", "b.a")]
    print(repr(fname), f.nlen, [bool(f.filter(r)) for r in recs])

flt = logging.getLogger("flt")
flt.propagate = False
fh = logging.StreamHandler(sys.stdout)
fh.setFormatter(logging.Formatter("%(name)s: %(message)s"))
flt.addHandler(fh)


class Odd:
    def filter(self, record):
        return record.args and record.args[0] % 2


odd = Odd()
flt.addFilter(odd)
flt.addFilter(odd)
print(len(flt.filters))
for n in range(4):
    flt.warning("number %d", n)
flt.removeFilter(odd)
flt.removeFilter(odd)
print(len(flt.filters))


def no_secrets(record):
    return "secret" not in record.getMessage()


fh.addFilter(no_secrets)
flt.warning("public")
flt.warning("secret")
print(fh.filter(logging.makeLogRecord({"msg": "secret"})), fh.filter(logging.makeLogRecord({"msg": "x"})))
fh.removeFilter(no_secrets)


# A logger's filters see only records logged on it, not those propagated from children.
class Count:
    def __init__(self):
        self.seen = []

    def filter(self, record):
        self.seen.append(record.name)
        return True


counter = Count()
parent = logging.getLogger("tree")
parent.addFilter(counter)
parent.propagate = False
parent.addHandler(fh)
logging.getLogger("tree.leaf").warning("from the leaf")
parent.warning("from the parent")
print(counter.seen)
hcount = Count()
fh.addFilter(hcount)
logging.getLogger("tree.leaf").warning("handler filters see propagated records")
print(hcount.seen)

# A filter may change the record it passes.
def stamp(record):
    record.msg = "stamped: " + record.msg
    return True


stamped = logging.getLogger("stamped")
stamped.propagate = False
stamped.addHandler(fh)
stamped.addFilter(stamp)
stamped.warning("text")
print(logging.Filterer().filter(logging.makeLogRecord({})), logging.Filter("x").name)
