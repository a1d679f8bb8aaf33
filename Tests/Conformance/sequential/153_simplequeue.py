# queue.SimpleQueue is _queue.SimpleQueue: FIFO, put never blocks, get and get_nowait raise
# Empty, and a get's timeout is checked before the queue is looked at.
import queue

q = queue.SimpleQueue()
print(type(q), queue.SimpleQueue, queue.Empty, q.empty(), q.qsize())
for item in [1, "two", (3,), None, [5]]:
    q.put(item)
q.put_nowait(6)
q.put(7, block=False)
q.put(8, True, 1.0)
q.put(item=9)
print(q.qsize(), q.empty())
print([q.get() for _ in range(3)], q.get_nowait(), q.get(False), q.get(timeout=0.01))
print(q.get(block=True, timeout=None), q.get(True, 5), q.get(), q.qsize(), q.empty())
for call in [q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01), lambda: q.get(False, -1)]:
    try:
        call()
    except queue.Empty as e:
        print("Empty", type(e).__name__, repr(e))
for call in [lambda: q.put(), lambda: q.put_nowait(), lambda: q.qsize(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError")
q.put(10)
try:
    q.get(timeout=-0.1)
except ValueError as e:
    print("ValueError:", e, q.qsize())
print(q.get(timeout=0))
q.get(True, -1)
