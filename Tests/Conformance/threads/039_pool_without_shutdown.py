# A pool never shut down still finishes its queued work at exit (threading's atexit hook),
# also when the main thread ends with an exception; a pool shut down early adds nothing.
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def work(n):
    time.sleep(0.1 * (4 - n))
    print("done", n)
    return n


with ThreadPoolExecutor(max_workers=1) as early:
    early.submit(work, 3)

pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(work, i) for i in range(4)]
print("submitted", len(futures), "worker threads", threading.active_count() - 1)
print("main ends")
raise SystemExit(5)
