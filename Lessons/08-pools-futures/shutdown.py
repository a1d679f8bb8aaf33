# shutdown() closes the pool to new work. wait=True (the default) waits
# for the work already handed over; cancel_futures=True drops the tasks
# no worker has started yet.
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def job(n):
    time.sleep(0.2)
    return n


for cancel in (False, True):
    start = time.perf_counter()
    pool = ThreadPoolExecutor(max_workers=2)
    futures = [pool.submit(job, n) for n in range(6)]
    pool.shutdown(wait=True, cancel_futures=cancel)
    ran = [f.result() for f in futures if not f.cancelled()]
    print(f"{now()} cancel_futures={cancel}: ran {ran}")
    try:
        pool.submit(job, 99)
    except RuntimeError as error:
        print(f"{now()} submit after shutdown: {error}")

pool = ThreadPoolExecutor(max_workers=2)
late = pool.submit(job, 7)
start = time.perf_counter()
pool.shutdown(wait=False)  # returns at once; the job still runs
print(f"{now()} shutdown(wait=False) returned, done:", late.done())
answer = late.result()  # still waits for it
print(f"{now()} result:", answer)
