import threading as _threading

_exithandlers = []

def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _exithandlers.append((func, args, kwargs))
    return func

def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]

def _clear():
    del _exithandlers[:]

def _ncallbacks():
    return len(_exithandlers)

def _run_exitfuncs():
    # Py_FinalizeEx: threading._shutdown (its own exit hooks, then joining the non-daemon
    # threads) comes first, then the atexit callbacks, last registered first. An exception
    # in a callback is reported and the rest still run.
    main = _threading.main_thread()
    for t in _threading.enumerate():
        if t is not main and not t.daemon:
            t.join()
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import sys
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            print("Traceback (most recent call last):", file=sys.stderr)
            print("%s: %s" % (type(exc).__name__, exc) if str(exc) else type(exc).__name__, file=sys.stderr)

# threading runs its exit hooks last registered first: this one, put first, runs after them.
_threading._atexit_calls.insert(0, (_run_exitfuncs, (), {}))
