# _thread.lock as threading.Lock() makes it: acquire in all its spellings, release, locked,
# the context manager, the aliases, and the repr's state (the address differs per run).
import threading

lock = threading.Lock()
print(repr(lock).split(" at 0x")[0])
print(lock.acquire(), lock.locked(), repr(lock).split(" at 0x")[0])
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0))
print(lock.acquire(True, 0.01), lock.acquire(timeout=0.02), lock.acquire(0))
lock.release()
print(lock.locked(), lock.acquire(blocking=True, timeout=-1), lock.locked())
lock.release_lock()
print(lock.acquire_lock(), lock.locked_lock())
lock.release()
with lock as entered:
    print("inside", entered, lock.locked())
print("after", lock.locked())
try:
    with lock:
        raise KeyError("boom")
except KeyError as e:
    print("released on error:", not lock.locked(), e)
print(lock.__enter__(), lock.locked(), lock.__exit__(None, None, None), lock.locked())
print(lock.__enter__(False), lock.__enter__(False), lock.__exit__())
for call in [lambda: lock.release(1), lambda: lock.locked(1), lambda: lock.acquire(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(lock.acquire(True), lock.acquire(False))
lock.release()
lock.release()
