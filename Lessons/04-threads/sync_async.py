# Synchronous: hand over a request and wait for its answer before the
# next. Asynchronous: hand over all of them, carry on, and collect the
# answers later, or have a callback run when each one is ready.
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def square(n):
    time.sleep(0.2)  # a slow service
    return n * n


def report(future):  # called with the finished Future
    print(f"{now()} callback: {future.result()}")


with ThreadPoolExecutor(max_workers=3) as pool:
    for n in [1, 2, 3]:  # synchronous: wait for each answer in turn
        answer = pool.submit(square, n).result()
        print(f"{now()} sync: {answer}")

    futures = [pool.submit(square, n) for n in [4, 5, 6]]
    print(f"{now()} async: three requests handed over")
    answers = [f.result() for f in futures]  # now wait for all three
    print(f"{now()} async: {answers}")

    pool.submit(square, 7).add_done_callback(report)
    print(f"{now()} main goes on without waiting")
print(f"{now()} pool shut down")
