# The course's locked counter written out with acquire()/release(), next to the same
# counter with `with lock:` and with an RLock taken twice: every increment counts.
import threading

counter = 0
lock = threading.Lock()
rlock = threading.RLock()


def explicit(n):
    global counter
    for _ in range(n):
        lock.acquire()
        counter += 1
        lock.release()


def with_lock(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


def reentrant(n):
    global counter
    for _ in range(n):
        rlock.acquire()
        with rlock:
            counter += 1
        rlock.release()


for target in [explicit, with_lock, reentrant]:
    counter = 0
    threads = [threading.Thread(target=target, args=(20_000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(target.__name__, counter, lock.locked(), rlock._is_owned())
