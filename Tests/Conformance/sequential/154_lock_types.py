# The lock types are C types in CPython and engine types here: their names, classes and
# constructors, and what threading exports for them.
import _thread
import threading

lock = threading.Lock()
rlock = threading.RLock()
print(type(lock), type(rlock), _thread.LockType, _thread.RLock)
print(type(lock).__name__, type(lock).__module__, type(rlock).__name__, type(rlock).__module__)
print(threading.Lock is _thread.allocate_lock, threading.Lock)
print(isinstance(lock, _thread.LockType), isinstance(rlock, _thread.RLock), isinstance(lock, _thread.RLock))
print(type(_thread.allocate_lock()) is type(lock), type(_thread.RLock()) is type(rlock))
direct = _thread.RLock()
print(direct.acquire(), direct._is_owned(), direct.release(), direct._is_owned())
print(callable(lock.acquire), lock.acquire.__name__ if hasattr(lock.acquire, "__name__") else "acquire")
for f in [lambda: _thread.allocate_lock(1), lambda: threading.Lock(1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(str(lock).split(" at 0x")[0], f"{rlock!r}".split(" owner=")[0])
_thread.LockType()
