# Two "downloads" (a sleep stands in for the network), fetched one
# after the other, then as two greenlets, then as greenlets that call
# the original, unpatched time.sleep.
from gevent import monkey

monkey.patch_all()  # first thing: time.sleep, socket, ... now cooperate

import time

import gevent

SITES = {"python.org": 0.3, "pypi.org": 0.2}
blocking_sleep = monkey.get_original("time", "sleep")


def fetch(site, sleep=time.sleep):
    sleep(SITES[site])  # waiting for the answer
    return len(site) * 1000


def timed(label, work):
    start = time.perf_counter()
    sizes = work()
    seconds = time.perf_counter() - start
    print(f"{label:<11} {sum(sizes)} bytes in {seconds:.1f}s")


def serial():
    return [fetch(site) for site in SITES]


def spawned(sleep):
    jobs = [gevent.spawn(fetch, site, sleep) for site in SITES]
    gevent.joinall(jobs)
    return [job.value for job in jobs]


print("time.sleep is gevent.sleep:", time.sleep is gevent.sleep)
gevent.get_hub()  # start the hub before timing
timed("serial", serial)
timed("greenlets", lambda: spawned(time.sleep))
timed("unpatched", lambda: spawned(blocking_sleep))
