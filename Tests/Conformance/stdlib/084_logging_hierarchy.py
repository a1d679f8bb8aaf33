# conformance: full-stderr
# logging's logger tree: placeholders and re-parenting, getChild, propagation, levels and
# their cache, disable(), logger classes, lastResort and its absence, records' attributes.
import logging
import sys


def tree():
    d = logging.Logger.manager.loggerDict
    return [(name, type(d[name]).__name__) for name in sorted(d)]


def parent_name(name):
    return logging.getLogger(name).parent.name


leaf = logging.getLogger("a.b.c.d")
print(tree(), parent_name("a.b.c.d"))
mid = logging.getLogger("a.b")
print(tree(), parent_name("a.b.c.d"), parent_name("a.b"))
top = logging.getLogger("a")
print(parent_name("a.b"), parent_name("a"), parent_name("a.b.c.d"))
other = logging.getLogger("a.b.x")
logging.getLogger("a.b.c")
print(parent_name("a.b.c.d"), parent_name("a.b.c"), parent_name("a.b.x"), tree())
print(top.getChild("b") is mid, mid.getChild("c.d") is leaf, logging.root.getChild("a") is top)
print(logging.getLogger("") is logging.root, logging.getLogger() is logging.root,
      logging.getLogger("root") is logging.root, logging.root.name, repr(logging.root))
print(parent_name("..odd"), parent_name("x..y"), sorted(n for n in logging.Logger.manager.loggerDict if "." in n[:2] or ".." in n))
try:
    logging.getLogger(42)
except TypeError as e:
    print("TypeError:", e)
try:
    top.getChild(3)
except TypeError as e:
    print("TypeError:", e)

# Levels: effective level, the cache, NOTSET inheriting.
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.INFO))
top.setLevel(logging.INFO)
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.INFO), leaf.isEnabledFor(logging.DEBUG))
mid.setLevel("DEBUG")
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.DEBUG), repr(leaf), repr(mid))
logging.disable(logging.INFO)
print(leaf.isEnabledFor(logging.INFO), leaf.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable("WARNING")
print(leaf.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable()
print(leaf.isEnabledFor(logging.CRITICAL), logging.root.manager.disable)
logging.disable(logging.NOTSET)
print(leaf.isEnabledFor(logging.DEBUG))
try:
    logging.disable("NOPE")
except ValueError as e:
    print("ValueError:", e)

# Propagation through handlers at several levels.
def handler(tag, level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setLevel(level)
    h.setFormatter(logging.Formatter(tag + " %(name)s %(levelname)s %(message)s"))
    return h


top.addHandler(handler("[a]"))
mid.addHandler(handler("[a.b warn+]", logging.WARNING))
leaf.info("info from the leaf")
leaf.warning("warning from the leaf")
mid.propagate = False
leaf.error("stops at a.b")
print(leaf.hasHandlers(), logging.getLogger("a.b.x").hasHandlers(), logging.getLogger("z").hasHandlers())
mid.propagate = True
leaf.disabled = True
leaf.critical("disabled logger")
print(leaf.isEnabledFor(logging.CRITICAL))
leaf.disabled = False
h = top.handlers[0]
top.addHandler(h)
print(len(top.handlers))
top.removeHandler(h)
top.removeHandler(h)
print(len(top.handlers))

# lastResort: WARNING and above, message only; None: a one-time notice.
lone = logging.getLogger("lone")
lone.info("hidden")
lone.warning("last resort for %s", "lone")
print(repr(logging.lastResort), logging.lastResort.level)
saved = logging.lastResort
logging.lastResort = None
lone.error("no handler at all")
lone.error("the notice is printed once")
logging.lastResort = saved
lone.propagate = False
logging.getLogger("lone.kid").warning("kid of a non-propagating logger")

# Logger classes.
class Mine(logging.Logger):
    pass


logging.setLoggerClass(Mine)
print(type(logging.getLogger("made.by.mine")).__name__, type(logging.getLogger("a")).__name__,
      logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError:", e)
logging.Logger.manager.setLoggerClass(Mine)
print(type(logging.getLogger("via.manager")).__name__)
logging.Logger.manager.loggerClass = None

# Records: attributes in order, the dict-argument case, the factory.
rec = logging.LogRecord("n", logging.INFO, "/some/dir/mod.name.py", 12, "v=%(v)s", ({"v": 3},), None, "fn")
print(list(vars(rec)))
print(rec.getMessage(), rec.args, rec.filename, rec.module, rec.funcName, rec.levelname, rec)
for path in ["", "noext", ".hidden", "..x", "x.", "a/b/", None]:
    r = logging.LogRecord("n", 10, path, 1, "m", None, None)
    print(repr(path), repr(r.filename), repr(r.module))
print(logging.LogRecord("n", 5, "p", 1, "%s", ({},), None).getMessage(),
      logging.LogRecord("n", 5, "p", 1, "%s %s", ({"a": 1}, 2), None).getMessage(),
      logging.LogRecord("n", 5, "p", 1, "100%", (), None).getMessage(),
      logging.LogRecord("n", 5, "p", 1, 3.5, None, None).getMessage())
print(logging.getLogRecordFactory() is logging.LogRecord)
made = []


def factory(*args, **kwargs):
    record = logging.LogRecord(*args, **kwargs)
    record.custom = "from the factory"
    made.append(record.getMessage())
    return record


logging.setLogRecordFactory(factory)
cust = logging.getLogger("custom")
cust.propagate = False
cust.addHandler(handler("[custom]"))
cust.handlers[0].setFormatter(logging.Formatter("%(custom)s: %(message)s"))
cust.warning("through %s", "the factory")
print(made, logging.makeLogRecord({"msg": "m"}).custom)
logging.setLogRecordFactory(logging.LogRecord)
print(list(logging.getLevelNamesMapping()))
print(logging.getLevelName(logging.WARN), logging.getLevelName("FATAL"), logging.getLevelName("warning"),
      logging.getLevelName(None), logging.getLevelName(0))
logging.addLevelName(25, "NOTE")
print(logging.getLevelName(25), logging.getLevelName("NOTE"), list(logging.getLevelNamesMapping()))
try:
    logging.getLogger("x").log("INFO", "level as a string")
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger("x").warning("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
