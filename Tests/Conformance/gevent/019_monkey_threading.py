# After monkey.patch_all(), threading's threads are greenlets: start() runs the new thread up
# to its first wait; Lock, Condition, Event, Semaphore and queue.Queue switch greenlets;
# non-daemon threads are joined at exit; an error in a thread prints "Exception in thread".
from gevent import monkey
monkey.patch_all()

import queue
import threading
import time
import gevent

print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
gevent.get_hub()
t0 = time.monotonic()


def worker(i):
    me = threading.current_thread()
    print("start", i, me.name, isinstance(me, threading.Thread))
    time.sleep(0.1 * (3 - i))
    print("end", i, round(time.monotonic() - t0, 1))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    print("started", t.name, t.is_alive())
for t in threads:
    t.join()
print("joined", round(time.monotonic() - t0, 1), [t.is_alive() for t in threads])

cond = threading.Condition()
items = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        print("consumed", items.pop())


def producer():
    time.sleep(0.05)
    with cond:
        items.append("item")
        cond.notify()


pair = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in pair:
    t.start()
for t in pair:
    t.join()

q = queue.Queue()


def qworker():
    while True:
        x = q.get()
        if x is None:
            break
        print("q got", x)


w = threading.Thread(target=qworker)
w.start()
for i in range(3):
    q.put(i)
q.put(None)
w.join()

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
ev = threading.Event()
threading.Timer(0.05, ev.set).start()
print("event", ev.wait(1))
sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print(e)


def late():
    time.sleep(0.1)
    print("non-daemon thread finishes before exit")


def crash():
    raise ValueError("boom")


threading.Thread(target=late).start()
t = threading.Thread(target=crash, name="crasher")
t.start()
t.join()
print("main ends")
