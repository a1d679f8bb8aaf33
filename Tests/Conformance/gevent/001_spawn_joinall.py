# spawn schedules greenlets; they run when the main greenlet waits (joinall), in spawn order,
# and each switches away at its own sleep. joinall returns the greenlets that finished.
import time
import gevent

gevent.get_hub()  # the hub (and its loop) exist before the clock starts
t0 = time.monotonic()


def fetch(name, delay):
    print("start", name)
    gevent.sleep(delay)
    print("done", name, round(time.monotonic() - t0, 1))
    return name.upper()


jobs = [gevent.spawn(fetch, "a", 0.3), gevent.spawn(fetch, "b", 0.1), gevent.spawn(fetch, "c", 0.2)]
print("spawned", len(jobs), [g.ready() for g in jobs])
done = gevent.joinall(jobs)
print("joined", len(done), [g.value for g in jobs])
print("total", round(time.monotonic() - t0, 1))
print(all(g.successful() for g in jobs), all(g.dead for g in jobs))
print(gevent.spawn(max, 3, 9).get())
print(gevent.spawn(sorted, [3, 1, 2], reverse=True).get())
