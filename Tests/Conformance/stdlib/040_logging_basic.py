# logging: levels, the module functions auto-configuring the root logger, lastResort, the
# logger hierarchy and propagation, formatters of every style and the common record fields.
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15), logging.getLevelName("NOPE"))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.WARN)
print(sorted(logging.getLevelNamesMapping().items()))

# No configuration: lastResort prints WARNING and above, message only, on stderr.
quiet = logging.getLogger("quiet")
quiet.info("not shown")
quiet.warning("last resort %s", "speaks")
print(quiet, quiet.getEffectiveLevel(), quiet.hasHandlers())

# Hierarchy: placeholders fixed up, parents, propagation, effective levels.
child = logging.getLogger("app.db.pool")
parent = logging.getLogger("app.db")
app = logging.getLogger("app")
print(child.parent is parent, parent.parent is app, app.parent is logging.root)
print(logging.getLogger("app.db") is parent, app.getChild("db") is parent)
app.setLevel(logging.INFO)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG), child.isEnabledFor(logging.INFO))
print(repr(child), repr(logging.root))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(levelno)d:%(message)s"))
app.addHandler(out)
child.info("propagated %d", 1)
child.debug("below the level")
parent.propagate = False
child.info("stopped at app.db")
parent.propagate = True


def work(n):
    child.warning("in work %s", n)


fields = logging.StreamHandler(sys.stdout)
fields.setFormatter(logging.Formatter(
    "[%(funcName)s %(lineno)d %(module)s %(filename)s %(threadName)s %(processName)s] %(message)s"))
parent.addHandler(fields)
work(7)
parent.removeHandler(fields)

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{levelname:<8}|{name}|{message}", style="{"))
dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("$levelname/${name}/$message", style="$"))
other = logging.getLogger("styles")
other.propagate = False
other.addHandler(brace)
other.addHandler(dollar)
other.error("both styles")
other.log(35, "custom level")
logging.addLevelName(35, "NOTICE")
other.log(35, "named level")
print(logging.getLevelName(35), logging.getLevelName("NOTICE"))

try:
    logging.Formatter("no fields", style="{")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.Formatter("%(x)s", style="?")
except ValueError as e:
    print("ValueError:", e)
try:
    app.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)

# extra, a dict argument, a failed overwrite.
ex = logging.getLogger("extra")
ex.propagate = False
h = logging.StreamHandler(sys.stdout)


class ShortPaths(logging.Formatter):
    # Traceback file names reduced to their last part (CPython prints the absolute path).
    def formatException(self, ei):
        lines = super().formatException(ei).split("\n")
        for i, line in enumerate(lines):
            if line.startswith('  File "'):
                head, name, tail = line.split('"', 2)
                lines[i] = head + '"' + name.split("/")[-1] + '"' + tail
        return "\n".join(lines)


h.setFormatter(ShortPaths("%(user)s did %(message)s"))
ex.addHandler(h)
ex.warning("login", extra={"user": "ada"})
ex.warning("%(a)s and %(b)s", {"a": 1, "b": 2}, extra={"user": "bob"})
try:
    ex.warning("x", extra={"message": "no"})
except KeyError as e:
    print("KeyError:", e)

# exc_info and exception().
try:
    raise KeyError("missing")
except KeyError:
    ex.exception("lookup failed", extra={"user": "eve"})
ex.error("with an instance", exc_info=ValueError("bad"), extra={"user": "zed"})

# Filters.
f = logging.getLogger("filtered")
f.propagate = False
fh = logging.StreamHandler(sys.stdout)
fh.addFilter(lambda r: "secret" not in r.getMessage())
f.addHandler(fh)
f.warning("public")
f.warning("secret stuff")
f.addFilter(logging.Filter("other"))
f.warning("public but filtered by name")

# The module functions configure the root logger once (basicConfig), level WARNING.
logging.info("root info hidden")
logging.warning("root %s", "warning")
logging.error("root error")
print(len(logging.root.handlers), logging.root.handlers[0])
logging.basicConfig(level=logging.DEBUG, format="ignored")
logging.debug("still hidden: basicConfig did nothing the second time")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s %(message)s", stream=sys.stdout, force=True)
logging.debug("after force")
logging.getLogger("app.db.pool").info("child through app and root")
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("not disabled")
logging.disable(logging.NOTSET)
nh = logging.getLogger("null")
nh.addHandler(logging.NullHandler())
nh.propagate = False
nh.error("swallowed")
print("done")
