# gevent.lock: Semaphore(n) lets n holders in and wakes waiters in order; BoundedSemaphore
# refuses extra releases; RLock is reentrant for its owning greenlet only.
import gevent
from gevent.lock import Semaphore, BoundedSemaphore, RLock

sem = Semaphore(2)
log = []


def use(name):
    with sem:
        log.append(name + "+")
        gevent.sleep(0.01)
        log.append(name + "-")


gevent.joinall([gevent.spawn(use, n) for n in "abcd"])
print(" ".join(log))
s = Semaphore(1)
print(s.acquire(), s.locked(), s.acquire(blocking=False), s.acquire(timeout=0.01), s.counter)
print(s.release(), s.locked(), s.wait(), s.ready())
b = BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
print(b.acquire(), b.release())
try:
    Semaphore(-1)
except ValueError as e:
    print(e)

lock = RLock()
with lock:
    with lock:
        print("reentrant", lock.locked(), lock._count)
print(lock.locked())


def other():
    print("other acquires:", lock.acquire(timeout=0.01))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", str(e)[:31])


lock.acquire()
gevent.spawn(other).join()
lock.release()
gevent.spawn(other).join()
