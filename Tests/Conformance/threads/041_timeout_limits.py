# Timeouts no clock can hold: the errors CPython 3.11 raises for inf, NaN, 1e300 and
# 10**30 in every blocking call of threading, queue and concurrent.futures.
import threading, queue, time
import concurrent.futures as cf

inf = float('inf')
nan = float('nan')


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', e)


def held_lock(kind):
    lock = kind()
    lock.acquire()
    return lock


for v in [inf, -inf, nan, 1e300, 1e10, 10**30, 9223372037, 'x', -1.5, -0.5, 0, 1e-10]:
    attempt('Lock.acquire(timeout=%r)' % (v,), lambda: held_lock(threading.Lock).acquire(timeout=v))
for v in [inf, nan, -1.0, -1.0000001]:
    attempt('free Lock.acquire(timeout=%r)' % (v,), lambda: threading.Lock().acquire(timeout=v))
    attempt('free RLock.acquire(timeout=%r)' % (v,), lambda: threading.RLock().acquire(timeout=v))
attempt('Lock.acquire(False, nan)', lambda: threading.Lock().acquire(False, nan))
attempt('Lock.acquire(False, inf)', lambda: threading.Lock().acquire(False, inf))

for v in [inf, -inf, nan, 1e300, 10**30, 'x', -1, 0]:
    attempt('Event.wait(%r)' % (v,), lambda: threading.Event().wait(v))
done = threading.Event()
done.set()
attempt('set Event.wait(inf)', lambda: done.wait(inf))
attempt("set Event.wait('x')", lambda: done.wait('x'))

for v in [inf, nan, 1e300, 10**30, 'x', -1]:
    cond = threading.Condition()
    with cond:
        attempt('Condition.wait(%r)' % (v,), lambda: cond.wait(v))
    attempt('  lock released after it', lambda: cond.acquire(False))
attempt('unowned Condition.wait(inf)', lambda: threading.Condition().wait(inf))
cond = threading.Condition()
with cond:
    attempt('Condition.wait_for(inf)', lambda: cond.wait_for(lambda: False, inf))
    attempt('Condition.wait_for(-1)', lambda: cond.wait_for(lambda: False, -1))

for v in [inf, 1e300, 10**30, 'x', -1, -inf]:
    attempt('Semaphore(0).acquire(timeout=%r)' % (v,), lambda: threading.Semaphore(0).acquire(timeout=v))
attempt('Semaphore(1).acquire(timeout=inf)', lambda: threading.Semaphore(1).acquire(timeout=inf))
attempt('BoundedSemaphore(0).acquire(timeout=1e300)', lambda: threading.BoundedSemaphore(0).acquire(timeout=1e300))

for v in [inf, 1e300, 'x', -1]:
    attempt('Barrier(2, timeout=%r).wait()' % (v,), lambda: threading.Barrier(2, timeout=v).wait())

for v in [inf, 1e300, 10**30, 'x', -1]:
    attempt('Queue().get(timeout=%r)' % (v,), lambda: queue.Queue().get(timeout=v))
    full = queue.Queue(1)
    full.put(0)
    attempt('full Queue.put(1, timeout=%r)' % (v,), lambda: full.put(1, timeout=v))
attempt('Queue().get(False, inf)', lambda: queue.Queue().get(False, inf))
for v in [inf, -inf, nan, 10**30, 'x', -1, 0]:
    attempt('SimpleQueue().get(timeout=%r)' % (v,), lambda: queue.SimpleQueue().get(timeout=v))

for v in [inf, 10**30, 'x', -1, nan]:
    attempt('Future().result(%r)' % (v,), lambda: cf.Future().result(v))
    attempt('Future().exception(%r)' % (v,), lambda: cf.Future().exception(v))
    attempt('wait([Future()], %r)' % (v,), lambda: [len(s) for s in cf.wait([cf.Future()], v)])

finished = threading.Thread(target=lambda: None)
finished.start()
time.sleep(0.1)
release = threading.Event()
finished_event = threading.Event()
for v in [inf, nan, 'x', 10**30]:
    attempt('ended, unjoined Thread.join(%r)' % (v,), lambda: finished.join(v))
finished.join()
attempt('joined Thread.join(inf)', lambda: finished.join(inf))
attempt("joined Thread.join('x')", lambda: finished.join('x'))
for v in [nan, 'x', -inf, 1e-10]:
    t = threading.Thread(target=release.wait)
    t.start()
    attempt('running Thread.join(%r)' % (v,), lambda: t.join(v))
    attempt('  alive', t.is_alive)
t = threading.Thread(target=release.wait)
t.start()
attempt('running Thread.join(inf)', lambda: t.join(inf))
attempt('  alive (bpo-45274: counted as stopped)', t.is_alive)
attempt('  join() again', t.join)
release.set()
