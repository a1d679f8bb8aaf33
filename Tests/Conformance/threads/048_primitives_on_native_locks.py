# Condition, Semaphore, Event, Barrier and queue.Queue are Python on the engine's locks,
# as in CPython: a Condition over a given Lock or its own RLock, and the others over those.
import queue
import threading

cond = threading.Condition(threading.Lock())
rcond = threading.Condition()
items = []


def waiter(c, name):
    with c:
        c.wait_for(lambda: items)
        print(name, "saw", items[0])


for c, name in [(cond, "lock-condition"), (rcond, "rlock-condition")]:
    t = threading.Thread(target=waiter, args=(c, name))
    t.start()
    with c:
        items.append(name)
        c.notify()
    t.join()
    items.clear()
with rcond:
    with rcond:
        print("rlock condition re-entered", rcond._is_owned())
sem = threading.BoundedSemaphore(2)
barrier = threading.Barrier(3)
done = threading.Event()
q = queue.Queue(maxsize=2)


def worker(i):
    with sem:
        q.put(i)
    barrier.wait()
    done.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
print(sorted(q.get() for _ in range(3)))
done.set()
for t in threads:
    t.join()
print(q.empty(), sem._value, barrier.broken, done.is_set())
