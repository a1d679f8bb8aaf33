# Two threads wait for each other inside built-ins (each sums a generator whose body does
# queue.get()): a deadlock like any other, reported with the line each thread waits on.
import queue
import threading

a = queue.Queue()
b = queue.Queue()


def one():
    total = sum(a.get() for _ in range(2))
    b.put(total)


def two():
    total = sum(b.get() for _ in range(2))
    a.put(total)


ts = [threading.Thread(target=f) for f in (one, two)]
for t in ts:
    t.start()
for t in ts:
    t.join()
