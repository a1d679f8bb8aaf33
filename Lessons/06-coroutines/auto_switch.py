# gevent switches by itself: when a greenlet sleeps (or waits for I/O),
# the hub runs another greenlet that is ready to go on.
import time

import gevent

gevent.get_hub()  # start the hub before timing (it takes a moment)
start = time.perf_counter_ns()


def log(text):
    # whole tenths of a second since start, rounded down, so that a
    # few milliseconds of lateness never change a line
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"{tenths / 10}s {text}")


def worker(name, naps):
    for nap in naps:
        log(f"{name} sleeps {nap}")
        gevent.sleep(nap)  # hands the thread to the hub
    log(f"{name} done")
    return name.upper()


jobs = [
    gevent.spawn(worker, "a", [0.3]),
    gevent.spawn(worker, "b", [0.1, 0.1]),
    gevent.spawn(worker, "c", [0, 0.1]),
]
log("spawned 3, none has run yet")
gevent.joinall(jobs)  # the main greenlet waits; the hub runs the rest
print([job.value for job in jobs])
