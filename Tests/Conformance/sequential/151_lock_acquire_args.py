# lock.acquire's arguments are converted and checked as _threadmodule.c does, before the
# lock is looked at; each error leaves the lock as it was.
import threading

lock = threading.Lock()
cases = [
    ((False, 1), {}), ((True, -2), {}), ((), {"timeout": -0.5}), ((), {"timeout": "1"}),
    ((), {"timeout": float("nan")}), ((True,), {"timeout": 10 ** 20}), ((None,), {}),
    ((), {"foo": 1}), ((True,), {"blocking": False}), ((True, -1), {}), ((1, 0.001), {}),
    ((), {"blocking": 0, "timeout": -1}), ((2,), {}),
]
for args, kwargs in cases:
    try:
        print(args, kwargs, "->", lock.acquire(*args, **kwargs), lock.locked())
    except (TypeError, ValueError, OverflowError) as e:
        print(args, kwargs, "->", type(e).__name__, e, lock.locked())
    if lock.locked():
        lock.release()
r = threading.RLock()
for args, kwargs in [((False, 1), {}), ((), {"timeout": -3}), ((), {"timeout": 0.5})]:
    try:
        print("rlock", args, kwargs, "->", r.acquire(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print("rlock", args, kwargs, "->", type(e).__name__, e)
lock.acquire(False, timeout=0.1)
