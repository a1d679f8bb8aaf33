# contextlib: contextmanager (normal exit, exceptions, suppression, as a decorator), suppress,
# closing, nullcontext, redirect_stdout/stderr, ExitStack.
import io
import sys
import threading
from contextlib import (contextmanager, suppress, closing, nullcontext, redirect_stdout,
                        redirect_stderr, ExitStack, AbstractContextManager, ContextDecorator)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("body", t)
try:
    with tag("x"):
        raise KeyError("boom")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)

with swallow(ValueError):
    raise ValueError("v")
print("after swallow")
try:
    with swallow(ValueError):
        raise TypeError("not mine")
except TypeError as e:
    print("passed through", e)

@contextmanager
def held(lock):
    lock.acquire()
    try:
        yield lock
    finally:
        lock.release()
lock = threading.Lock()
with held(lock):
    print("locked inside:", lock.locked())
print("locked after:", lock.locked())

@tag("deco")
def decorated(n):
    print("inside decorated", n)
    return n * 2
print(decorated(3), decorated.__name__)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
with suppress(KeyError):
    {}["k"]
print("after suppress")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passes", e)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("close", self.name)
with closing(Resource("r1")) as r:
    print("using", r.name)

with nullcontext() as v:
    print("nullcontext", v)
with nullcontext(42) as v:
    print("nullcontext", v)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2)
    print("second line")
print(repr(buf.getvalue()), target is buf)
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

with ExitStack() as stack:
    stack.callback(print, "callback 1")
    name = stack.enter_context(tag("stacked"))
    stack.callback(print, "callback 2", "with args")
    print("body of stack", name)

def cleanup(*exc):
    print("exit callback sees", exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as stack:
    stack.push(cleanup)
    raise ValueError("handled by the stack")
print("stack suppressed it")

with ExitStack() as outer:
    for i in range(3):
        outer.callback(print, "release", i)
    moved = outer.pop_all()
print("pop_all moved them")
moved.close()

try:
    with ExitStack() as stack:
        stack.callback(print, "still runs")
        raise KeyError("k")
except KeyError as e:
    print("ExitStack re-raised", e)

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError", e)

class Timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop")
        return False
@Timer()
def work():
    print("working")
work()

class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("managed exit")
with Managed() as m:
    print(type(m).__name__)
