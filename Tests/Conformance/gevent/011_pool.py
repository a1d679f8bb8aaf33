# Pool(size) runs at most `size` greenlets at once: spawn waits for a free slot. map keeps the
# input order, imap yields in input order, imap_unordered as results finish; apply_async
# calls its callback with the result; add(blocking=False) on a full pool raises PoolFull.
import time
import gevent
from gevent.pool import Pool, PoolFull

gevent.get_hub()
running = 0
peak = 0


def task(n):
    global running, peak
    running += 1
    peak = max(peak, running)
    gevent.sleep(0.01 * (6 - n))
    running -= 1
    return n * n


pool = Pool(2)
print(pool.map(task, range(5)), "peak", peak)
peak = 0
print(list(pool.imap(task, [5, 1, 3])), "peak", peak)
print(list(Pool(3).imap_unordered(task, [1, 5, 3])))
print(list(pool.imap(pow, [2, 3], [5, 2])))
results = []
r = pool.apply_async(task, (4,), callback=results.append)
pool.join()
print("apply_async", r.value, results)
print("apply", pool.apply(task, (3,)))
print(pool.size, pool.free_count(), pool.full(), len(pool))
t0 = time.monotonic()
a = pool.spawn(gevent.sleep, 0.1)
b = pool.spawn(gevent.sleep, 0.1)
print("full", pool.full(), pool.free_count(), len(pool))
try:
    pool.add(gevent.Greenlet(task, 1), blocking=False)
except PoolFull:
    print("PoolFull")
c = pool.spawn(task, 5)  # waits for a slot
print("third spawned after", round(time.monotonic() - t0, 1))
pool.join()
print(c.value, len(pool), round(time.monotonic() - t0, 1))
print(Pool().free_count(), Pool().full())
try:
    Pool(-1)
except ValueError as e:
    print(e)
