__all__ = ('iscoroutinefunction', 'iscoroutine')

# Lib/asyncio/coroutines.py 3.11: what a coroutine is, and how a task's repr shows one.

import functools

# CO_COROUTINE | CO_ITERABLE_COROUTINE, as inspect.iscoroutinefunction reads them.
_CO_COROUTINE_FLAGS = 0x80 | 0x100


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return type(obj) is _CoroutineType or isinstance(obj, _CoroutineType)


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an async def function)."""
    while True:
        if isinstance(func, functools.partial):
            func = func.func
        elif hasattr(func, '__func__'):
            func = func.__func__
        else:
            break
    code = getattr(func, '__code__', None)
    return code is not None and bool(getattr(code, 'co_flags', 0) & _CO_COROUTINE_FLAGS)


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    coro_name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>'
    code = getattr(coro, 'cr_code', None)
    if not code:
        return f'{coro_name} running' if getattr(coro, 'cr_running', False) else coro_name
    frame = getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{coro_name} running at {filename}:{frame.f_lineno}'
    return f'{coro_name} done, defined at {filename}:{code.co_firstlineno}'
