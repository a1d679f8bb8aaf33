# Python code called by a built-in can block (queue.get, lock.acquire, Event.wait, sleep):
# the thread waits there and the others run, as in CPython.
import functools
import queue
import threading

a = queue.Queue()
b = queue.Queue()
res = {}


def one():
    res["one"] = sum(a.get() for _ in range(5))
    for i in range(5):
        b.put(i * 10)


def two():
    for i in range(5):
        a.put(i)
    res["two"] = sum(b.get() for _ in range(5))


ts = [threading.Thread(target=f) for f in (one, two)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res.items()))

# sorted(key=...) whose key waits for a queue fed by another thread
q = queue.Queue()
feeder = threading.Thread(target=lambda: [q.put(n) for n in (3, 1, 2)])
keys = {}


def key(x):
    keys[x] = q.get()
    return keys[x]


feeder.start()
print(sorted("abc", key=key), keys)
feeder.join()

# ''.join over a generator of q.get(); any(); dict(); functools.reduce
q2 = queue.Queue()
producer = threading.Thread(target=lambda: [q2.put(c) for c in "hello world!"])
producer.start()
print("".join(q2.get() for _ in range(5)))
print(any(q2.get() == "w" for _ in range(3)))
print(dict((i, q2.get()) for i in range(2)))
print(functools.reduce(lambda acc, _: acc + q2.get(), range(2), ""))
producer.join()

# map over a function that takes a lock another thread holds for a while
lock = threading.Lock()
started = threading.Event()
order = []


def holder():
    with lock:
        started.set()
        for i in range(3):
            order.append("holder %d" % i)


def locked_double(x):
    with lock:
        order.append("double %d" % x)
        return 2 * x


lock.acquire()
h = threading.Thread(target=holder)
h.start()
lock.release()
started.wait()
print(list(map(locked_double, range(3))))
h.join()
print(order)
