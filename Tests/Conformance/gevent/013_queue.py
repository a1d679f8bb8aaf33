# gevent.queue.Queue: get waits while empty, put waits while full (maxsize); get/put with
# timeouts or nowait raise queue.Empty / queue.Full; LifoQueue, PriorityQueue, peek, iteration.
import queue
import time
import gevent
from gevent.queue import Queue, LifoQueue, PriorityQueue, Empty, Full

print(Empty is queue.Empty, Full is queue.Full)
gevent.get_hub()
t0 = time.monotonic()
q = Queue(maxsize=2)


def producer():
    for i in range(5):
        q.put(i)
        print("put", i, q.qsize())
    q.put(StopIteration)


def consumer():
    for item in q:
        print("got", item)
        gevent.sleep(0.01)


gevent.joinall([gevent.spawn(producer), gevent.spawn(consumer)])
t0 = time.monotonic()
try:
    q.get(timeout=0.1)
except Empty:
    print("Empty after", round(time.monotonic() - t0, 1))
try:
    q.get_nowait()
except Empty:
    print("get_nowait Empty")
q.put("x")
q.put("y")
print(q.full(), q.qsize(), len(q), q.empty(), q.maxsize, q.peek())
try:
    q.put("z", timeout=0.05)
except Full:
    print("Full")
try:
    q.put_nowait("z")
except Full:
    print("put_nowait Full")
print(q.get(), q.get(), q.empty())
lq = LifoQueue()
pq = PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, "p%d" % x))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
waiting = Queue()
g = gevent.spawn(waiting.get)
gevent.sleep(0)
waiting.put("handed over")
print(g.get(), Queue(0).maxsize, Queue(items=[1, 2]).qsize())
