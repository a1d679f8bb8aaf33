# contextlib's edges: generator managers that misbehave, exceptions replaced or converted,
# reuse, the protocol ABCs, suppress and redirect details, and ExitStack's unwinding order
# and exception chaining.
import io
import sys
import threading
from contextlib import (AbstractContextManager, ContextDecorator, ExitStack, closing,
                        contextmanager, nullcontext, redirect_stderr, redirect_stdout, suppress)


def chain(error):
    names = []
    while error is not None:
        names.append(f"{type(error).__name__}({error})")
        error = error.__context__
    return " <- ".join(names)


@contextmanager
def yields_twice():
    try:
        yield 1
        yield 2
    finally:
        print("  yields_twice closed")


@contextmanager
def yields_after_throw():
    try:
        yield
    except KeyError:
        yield
    finally:
        print("  yields_after_throw closed")


@contextmanager
def converts():
    try:
        yield "c"
    except KeyError as e:
        raise ValueError("converted") from e


@contextmanager
def swallows_all():
    try:
        yield
    except BaseException as e:
        print("  swallowed", type(e).__name__)


@contextmanager
def documented():
    """Opens and closes."""
    yield


for label, make, body in [("twice", yields_twice, None), ("after throw", yields_after_throw, KeyError("k")),
                          ("converts", converts, KeyError("k")), ("converts, no error", converts, None),
                          ("swallows StopIteration", swallows_all, StopIteration("s")),
                          ("swallows SystemExit", swallows_all, SystemExit(3))]:
    try:
        with make() as value:
            print(label, "entered with", value)
            if body is not None:
                raise body
        print(label, "-> completed")
    except Exception as e:
        print(label, "->", type(e).__name__, e, "| cause:", repr(e.__cause__))

cm = yields_twice()
print(cm.__doc__ == type(cm).__doc__, yields_twice.__wrapped__.__name__, documented().__doc__, documented.__name__, documented.__doc__)
gen_cm = converts()
with gen_cm:
    pass
try:
    with gen_cm:
        pass
except AttributeError as e:
    print("reuse:", e)
manual = converts()
print(manual.__enter__(), manual.__exit__(None, None, None))
manual = swallows_all()
manual.__enter__()
print("exit with only a type:", manual.__exit__(KeyError, None, None))


@converts()
def decorated(x):
    print("decorated body", x)
    raise KeyError(x)


for _ in range(2):
    try:
        decorated(7)
    except ValueError as e:
        print("each call gets a fresh manager:", e)


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class Blocked(Plain):
    __exit__ = None


class OnlyEnter:
    def __enter__(self):
        return self


print(isinstance(Plain(), AbstractContextManager), isinstance(Blocked(), AbstractContextManager),
      isinstance(OnlyEnter(), AbstractContextManager), issubclass(Plain, AbstractContextManager))
print(isinstance(threading.Lock(), AbstractContextManager), isinstance(suppress(), AbstractContextManager),
      isinstance(nullcontext(), ContextDecorator))
print(AbstractContextManager[int])


class Incomplete(AbstractContextManager):
    pass


try:
    Incomplete()
except TypeError as e:
    print("TypeError", e)


class Tracing(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return typ is KeyError


@Tracing("deco")
def risky(kind):
    raise kind("boom")


print(risky(KeyError), risky.__name__)
try:
    risky(IndexError)
except IndexError as e:
    print("IndexError passes", e)

with suppress():
    pass
try:
    with suppress():
        raise KeyError("nothing listed")
except KeyError:
    print("suppress() suppresses nothing")
with suppress(LookupError) as s:
    raise KeyError("a subclass")
print("suppress enter value:", s)
with suppress(OSError, ValueError):
    raise FileNotFoundError("missing")
print("FileNotFoundError is an OSError")

outer_buffer, inner_buffer = io.StringIO(), io.StringIO()
again = redirect_stdout(outer_buffer)
with again:
    print("outer 1")
    with redirect_stdout(inner_buffer):
        print("inner")
    with again:
        print("outer reentered")
    print("outer 2")
print(repr(outer_buffer.getvalue()), repr(inner_buffer.getvalue()))
with redirect_stderr(None) as target:
    print("stderr is None:", sys.stderr is None, target)
print("stderr back:", sys.stderr is sys.__stderr__)


class Res:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


try:
    with closing(Res("r")) as r:
        raise RuntimeError("while using " + r.name)
except RuntimeError as e:
    print("closing propagated", e)


def raiser(message):
    raise KeyError(message)


try:
    with ExitStack() as stack:
        stack.callback(raiser, "outermost callback")
        stack.callback(print, "middle callback", sep=" | ", end="!\n")
        stack.callback(raiser, "innermost callback")
        raise ValueError("body")
except KeyError as e:
    print("ExitStack raised", chain(e))

try:
    raise OSError("around")
except OSError:
    try:
        with ExitStack() as stack:
            stack.callback(raiser, "second")
            stack.callback(raiser, "first")
    except KeyError as e:
        print("inside a handler:", chain(e))


def swallow_key_errors(typ, value, tb):
    print("exit callback sees", typ.__name__ if typ else None)
    return typ is KeyError


with ExitStack() as stack:
    stack.push(lambda *exc: print("runs last, sees", exc[0]))
    stack.push(swallow_key_errors)
    stack.callback(raiser, "from a callback")
print("callback error swallowed by an earlier push")

with ExitStack() as stack:
    name = stack.enter_context(nullcontext("value"))
    tracer = stack.push(Tracing("pushed"))
    print("enter_context returned", name, "push returned", type(tracer).__name__)
    raise KeyError("handled by the pushed manager")
print("after the stack")

for bad in (OnlyEnter(), 42, None):
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print("TypeError", e)

stack = ExitStack()
stack.callback(print, "one")
stack.callback(print, "two")
moved = stack.pop_all()
stack.close()
print("original closed; moving on", type(moved).__name__)
moved.close()
moved.close()
print(ExitStack().__enter__().__exit__(None, None, None))

for call in (lambda: ExitStack().callback(), lambda: ExitStack().enter_context(), lambda: redirect_stdout(),
             lambda: contextmanager(lambda: 5)().__enter__()):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


class Countdown:
    # An iterator without __iter__: the manager only needs next().
    def __init__(self):
        self.left = 1

    def __next__(self):
        if self.left:
            self.left -= 1
            return "from __next__"
        raise StopIteration


with contextmanager(Countdown)() as got:
    print(got)
