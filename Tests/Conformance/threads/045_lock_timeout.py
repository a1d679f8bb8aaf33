# A lock held by a sleeping thread: non-blocking and timed acquires fail while it is held,
# a blocking acquire waits for the release, and `with` waits too.
import threading
import time

lock = threading.Lock()
held = threading.Event()


def holder():
    with lock:
        held.set()
        time.sleep(0.3)


t = threading.Thread(target=holder)
t.start()
held.wait()
start = time.monotonic()
print("non-blocking:", lock.acquire(False), lock.acquire(blocking=False, timeout=-1))
print("timed:", lock.acquire(timeout=0.12), round(time.monotonic() - start, 1))
print("blocking:", lock.acquire(), round(time.monotonic() - start, 1))
lock.release()
t.join()
t = threading.Thread(target=holder)
t.start()
held.wait()
with lock:
    print("with waited:", round(time.monotonic() - start, 1), lock.locked())
t.join()
print("done", lock.locked())
