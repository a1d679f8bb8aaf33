# collections.deque as CPython 3.11 has it: maxlen, both ends, rotate, errors by message,
# comparisons, recursion in repr, mutation during iteration; queue.Queue and PriorityQueue
# storage seen through .queue.
from collections import deque
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3], maxlen=5)
t(lambda: d.index(9))
t(lambda: d.remove(9))
t(lambda: d[10])
t(lambda: d[1:2])
t(lambda: deque(maxlen=-1))
t(lambda: deque(maxlen='a'))
t(lambda: deque([1,2], maxlen=2).insert(0, 5))
t(lambda: d + [1])
t(lambda: setattr(d, 'maxlen', 3))
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: d < deque([1, 3]))
t(lambda: d == [1, 2, 3])
t(lambda: d * 2)
t(lambda: type(d).__module__)
t(lambda: d.rotate(1) or d)
t(lambda: d.rotate(-2) or d)
def mut():
    for x in d:
        d.append(x)
t(mut)
e = deque()
e.append(e)
t(lambda: e)
t(lambda: deque('abc', 2))
t(lambda: deque(range(10), maxlen=3))
f = deque([1, 2]); f.extend(f); t(lambda: f)
g = deque([1, 2]); g.extendleft([3, 4]); t(lambda: g)
t(lambda: d.index(2, 0, 1))
t(lambda: d[-1])
t(lambda: list(reversed(d)))
t(lambda: deque[int])
t(lambda: d.copy())
h = deque([1, 2, 3]); del h[1]; t(lambda: h)
h[0] = 9; t(lambda: h)
t(lambda: 3 * deque([1]))
t(lambda: deque([1], 3) + deque([2, 3, 4]))
t(lambda: d.count(1))
t(lambda: len(d) and bool(deque()))
t(lambda: d.maxlen)
t(lambda: deque([1]).index(1, 5))
t(lambda: deque([1,2,3]).insert(10, 'x'))
import queue
q = queue.Queue()
for i in range(5):
    q.put(i)
q.get(); q.get()
print(q.queue, q.qsize(), type(q.queue).__name__)
p = queue.PriorityQueue()
for x in [5, 1, 3, 2, 8]:
    p.put(x)
print(p.queue)
print([p.get() for _ in range(3)], p.queue)
q = queue.Queue(3)
q.put(1); q.put(2)
print(q.queue, q.full(), q.qsize(), len(q.queue))
for i in range(200):
    q.get(); q.put(i)
print(q.queue, list(q.queue))
l = queue.LifoQueue(); l.put(1); l.put(2); print(l.queue, l.get())
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big), 500 in big)
