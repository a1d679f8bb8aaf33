# logging: exc_info in all its forms, exception(), stack_info with stacklevel, the exception
# text cached on the record, and the "--- Logging error ---" report of a failing emit.
import io
import logging
import sys


def short(text):
    # File names reduced to their last part (CPython prints the program's absolute path).
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith('  File "'):
            head, name, tail = line.split('"', 2)
            lines[i] = head + '"' + name.split("/")[-1] + '"' + tail
    return "\n".join(lines)


class Short(logging.Formatter):
    def formatException(self, ei):
        return short(super().formatException(ei))

    def formatStack(self, stack_info):
        return short(super().formatStack(stack_info))


log = logging.getLogger("exc")
log.propagate = False
out = logging.StreamHandler(sys.stdout)
out.setFormatter(Short("%(levelname)s %(funcName)s: %(message)s"))
log.addHandler(out)

log.error("exc_info=True outside an except block", exc_info=True)


def lookup():
    raise KeyError("key")


try:
    lookup()
except KeyError as e:
    caught = e
    triple = sys.exc_info()
    log.exception("exception() %s", "inside")
    log.error("exc_info=False", exc_info=False)
    log.warning("warning with exc_info=1", exc_info=1)
log.error("an instance", exc_info=caught)
log.error("a tuple", exc_info=triple)
log.critical("an instance made here", exc_info=ValueError("never raised"))


def chained():
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as z:
        raise LookupError("wrapped") from z


try:
    chained()
except LookupError:
    log.exception("chained")


def helper():
    log.info("not shown: below WARNING")
    log.warning("stack here", stack_info=True)
    log.warning("stack of my caller", stack_info=True, stacklevel=2)


def caller():
    helper()


caller()
log.warning("both", exc_info=caught, stack_info=True)

# The formatted exception is kept on the record and reused.
rec = log.makeRecord("exc", logging.ERROR, "f.py", 1, "cached", (), triple)
print(rec.exc_text)
f = Short()
first = f.format(rec)
print(rec.exc_text)
rec.exc_info = None
print(f.format(rec) == first)
rec.exc_text = "text\n"
print(repr(logging.Formatter("%(message)s").format(rec)))
rec.stack_info = "stack"
print(repr(logging.Formatter("%(message)s").format(rec)))


class Brief(logging.Formatter):
    def formatException(self, ei):
        return "EXC(%s: %s)" % (ei[0].__name__, ei[1])

    def formatStack(self, stack_info):
        return "STACK(%d lines)" % len(stack_info.splitlines())


out.setFormatter(Brief("%(message)s"))
log.error("brief", exc_info=caught, stack_info=True)
print(Brief().formatException(triple))


# A failing emit: the error report on stderr, and the program carries on.
def report(call):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        call()
    finally:
        text, sys.stderr = sys.stderr.getvalue(), saved
    before, _, after = text.partition("Call stack:\n")
    # Only the first and last lines of the traceback: its frames are inside logging.
    tb = before.splitlines()
    print("\n".join(tb[:2] + tb[-1:]) if tb else "(nothing)")
    print("Call stack:\n" + short(after), end="")


out.setFormatter(logging.Formatter("%(message)s"))


def bad_args():
    log.error("needs a number: %d", "text")


report(bad_args)
report(lambda: log.error("too few %s %s", 1))


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")

    def __str__(self):
        return "%d"


report(lambda: log.error(BadRepr(), "x"))
logging.raiseExceptions = False
report(bad_args)
logging.raiseExceptions = True
print("after the errors")


class Broken(logging.Handler):
    def emit(self, record):
        raise OSError("disk full")


log.addHandler(Broken())
try:
    log.error("a Handler subclass's own error is not caught")
except OSError as e:
    print("OSError:", e)


def below_one():
    # stacklevel below 1 names logging's own findCaller, as CPython 3.11 does.
    log.warning("stacklevel 0", stacklevel=0)
    log.warning("stacklevel -1", stacklevel=-1)


log.handlers = [out]
out.setFormatter(logging.Formatter("%(funcName)s: %(message)s"))
below_one()
