import sys
from abc import ABCMeta, abstractmethod
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "aclosing", "chdir"]


def _has_methods(cls, names):
    # A class counts as one of the protocol ABCs below when its MRO provides every method and
    # none of them is blocked by being set to None. Built-in classes of the engine keep their
    # slots out of __dict__, hence the getattr fallback.
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            if getattr(cls, name, None) is None:
                return NotImplemented
    return True


class AbstractContextManager(metaclass=ABCMeta):
    """An abstract base class for context managers."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return type(list[int])(cls, params)

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _has_methods(other, ("__enter__", "__exit__"))


class AbstractAsyncContextManager(metaclass=ABCMeta):
    """An abstract base class for asynchronous context managers."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return type(list[int])(cls, params)

    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _has_methods(other, ("__aenter__", "__aexit__"))


class ContextDecorator:
    """A base class or mixin that enables context managers to work as decorators."""

    def _recreate_cm(self):
        # Subclasses whose instances can be entered only once return a fresh one here.
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return wraps(func)(inner)


class AsyncContextDecorator:
    """A base class or mixin that enables async context managers to work as decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return wraps(func)(inner)


# -- context managers made from generators ---------------------------------------------------

def _verdict(raised, thrown, traceback, finished_type, stop_types):
    """What __exit__ answers once throwing `thrown` into the generator made it raise `raised`:
    True to swallow the error, False to have the with statement re-raise the original, None
    when `raised` is a new error that must replace it."""
    if isinstance(raised, finished_type):
        # The generator returned, so it handled the error; unless what ended it is the very
        # StopIteration the body raised.
        return raised is not thrown
    # The same error back, maybe wrapped in RuntimeError because a generator may not raise
    # StopIteration (PEP 479): it leaves with the traceback of the with body, not ours.
    if raised is thrown or (isinstance(raised, RuntimeError) and isinstance(thrown, stop_types)
                            and raised.__cause__ is thrown):
        thrown.__traceback__ = traceback
        return False
    return None


def _one_yield_too_many(gen, message):
    # The generator yielded again where it should have ended: close it first, so its
    # finally blocks run now rather than whenever it is collected.
    try:
        raise RuntimeError(message)
    finally:
        gen.close()


async def _one_async_yield_too_many(gen, message):
    try:
        raise RuntimeError(message)
    finally:
        await gen.aclose()


# What next() gives back when a generator has ended.
_ENDED = object()


class _GeneratorCMBase:
    """What the sync and async generator context managers share: the generator made at the
    call, and the recipe to make it again for a decorated function's next call."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Only _recreate_cm needs the recipe, before the first entry; dropping it makes a
        # second `with` on the same object fail, as CPython's does.
        del self.args, self.kwds, self.func


class _GeneratorContextManager(_GeneratorCMBase, ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_recipe()
        value = next(self.gen, _ENDED)
        if value is _ENDED:
            raise RuntimeError("generator didn't yield") from None
        return value

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # The generator must end after its one yield.
            if next(self.gen, _ENDED) is _ENDED:
                return False
            _one_yield_too_many(self.gen, "generator didn't stop")
        error = typ() if value is None else value
        try:
            self.gen.throw(error)
        except BaseException as raised:
            verdict = _verdict(raised, error, traceback, StopIteration, StopIteration)
            if verdict is None:
                raise
            return verdict
        _one_yield_too_many(self.gen, "generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorCMBase, AsyncContextDecorator,
                                    AbstractAsyncContextManager):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_recipe()
        value = await anext(self.gen, _ENDED)
        if value is _ENDED:
            raise RuntimeError("generator didn't yield") from None
        return value

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            if await anext(self.gen, _ENDED) is _ENDED:
                return False
            await _one_async_yield_too_many(self.gen, "generator didn't stop")
        error = typ() if value is None else value
        try:
            await self.gen.athrow(typ, error, traceback)
        except BaseException as raised:
            verdict = _verdict(raised, error, traceback, StopAsyncIteration,
                               (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        await _one_async_yield_too_many(self.gen, "generator didn't stop after athrow()")


def contextmanager(func):
    """Make a context manager factory of a generator function that yields exactly once."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return wraps(func)(helper)


def asynccontextmanager(func):
    """Make an async context manager factory of an async generator function."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return wraps(func)(helper)


# -- small ready-made context managers ------------------------------------------------------

class closing(AbstractContextManager):
    """Call thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *ignored):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Await thing.aclose() when the async block ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *ignored):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result

    def __exit__(self, *ignored):
        return None

    async def __aexit__(self, *ignored):
        return None


class suppress(AbstractContextManager):
    """Swallow the listed exception types raised in the block (3.11: not inside groups)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    # Which attribute of sys the subclass swaps. A stack of the replaced values makes one
    # instance usable in nested (reentrant) with statements.
    _target_name = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._replaced = []

    def __enter__(self):
        self._replaced.append(getattr(sys, self._target_name))
        setattr(sys, self._target_name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._target_name, self._replaced.pop())


class redirect_stdout(_RedirectStream):
    """Point sys.stdout at another file-like object during the block."""
    _target_name = "stdout"


class redirect_stderr(_RedirectStream):
    """Point sys.stderr at another file-like object during the block."""
    _target_name = "stderr"


class chdir(AbstractContextManager):
    """Change the working directory during the block (not thread-safe, as the docs warn)."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        import os
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._previous.pop())


# -- exit stacks -----------------------------------------------------------------------------

def _protocol_methods(cm, enter, exit, what):
    cls = type(cm)
    try:
        return getattr(cls, enter), getattr(cls, exit)
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                        f"the {what} protocol") from None


def _relink_context(error, previous, outer):
    # Python chains an exception raised by a callback to `outer`, the exception being handled
    # around the whole stack. Nested with statements would have chained it to `previous`,
    # the error the callbacks before it left, so the link to `outer` is moved there.
    link = error
    while link.__context__ is not None and link.__context__ is not previous:
        if link.__context__ is outer:
            link.__context__ = previous
            return
        link = link.__context__


class _Unwinding:
    """One run of an exit stack's callbacks, newest first: what error is current, whether
    one of them swallowed it. Shared by ExitStack and AsyncExitStack."""

    def __init__(self, details):
        self.details = details
        self.had_error = details[0] is not None
        self.outer = sys.exc_info()[1]
        self.swallowed = False
        self.must_raise = False

    def returned(self, result):
        if result:
            self.swallowed = True
            self.must_raise = False
            self.details = (None, None, None)

    def raised(self, error):
        _relink_context(error, self.details[1], self.outer)
        self.details = (type(error), error, error.__traceback__)
        self.must_raise = True

    def finish(self):
        if self.must_raise:
            error = self.details[1]
            # Raising here would chain the error to whatever is being handled; keep the
            # context the callbacks gave it.
            context = error.__context__
            try:
                raise error
            except BaseException:
                error.__context__ = context
                raise
        return self.had_error and self.swallowed


class _BaseExitStack:
    def __init__(self):
        # (is_sync, callable) pairs, called in reverse order at exit.
        self._pending = []

    def pop_all(self):
        """Move every registered callback to a new stack of the same type, and return it."""
        fresh = type(self)()
        fresh._pending, self._pending = self._pending, []
        return fresh

    def _add_exit(self, cm, exit_method, is_sync=True):
        def call_exit(exc_type, exc, tb):
            return exit_method(cm, exc_type, exc, tb)
        self._pending.append((is_sync, call_exit))

    def push(self, exit):
        """Register a context manager's __exit__, or any callable taking the exception triple."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._pending.append((True, exit))
        else:
            self._add_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter `cm` and register its __exit__; returns what __enter__ returned."""
        enter, exit = _protocol_methods(cm, "__enter__", "__exit__", "context manager")
        result = enter(cm)
        self._add_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit; it cannot swallow exceptions."""
        def call_back(exc_type, exc, tb):
            callback(*args, **kwds)
        call_back.__wrapped__ = callback
        self._pending.append((True, call_back))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager that runs a dynamic set of cleanups, like nested with statements."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        run = _Unwinding(exc_details)
        while self._pending:
            is_sync, step = self._pending.pop()
            try:
                result = step(*run.details)
            except BaseException as error:
                run.raised(error)
            else:
                run.returned(result)
        return run.finish()

    def close(self):
        """Run the registered cleanups now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack that also takes async context managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter `cm` with await and register its __aexit__; returns what __aenter__ gave."""
        enter, exit = _protocol_methods(cm, "__aenter__", "__aexit__",
                                        "asynchronous context manager")
        result = await enter(cm)
        self._add_exit(cm, exit, False)
        return result

    def push_async_exit(self, exit):
        """Register an async context manager's __aexit__, or a coroutine function taking the
        exception triple."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._pending.append((False, exit))
        else:
            self._add_exit(exit, exit_method, False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register a coroutine function to be awaited at exit."""
        async def call_back(exc_type, exc, tb):
            await callback(*args, **kwds)
        call_back.__wrapped__ = callback
        self._pending.append((False, call_back))
        return callback

    async def aclose(self):
        """Run the registered cleanups now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        run = _Unwinding(exc_details)
        while self._pending:
            is_sync, step = self._pending.pop()
            try:
                if is_sync:
                    result = step(*run.details)
                else:
                    result = await step(*run.details)
            except BaseException as error:
                run.raised(error)
            else:
                run.returned(result)
        return run.finish()
