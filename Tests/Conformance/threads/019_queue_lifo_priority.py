import queue
lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(item)
while not pq.empty():
    print(pq.get())
pq2 = queue.PriorityQueue()
for n in [5, 1, 4, 2]:
    pq2.put(n)
print([pq2.get_nowait() for _ in range(4)])
print(type(lq).__name__, isinstance(lq, queue.Queue), isinstance(pq, queue.Queue))
