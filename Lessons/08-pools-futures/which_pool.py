# nondeterministic: the times depend on the machine (python3) or on
# --cores (the tutor). Four CPU-bound jobs and four waits, each on a
# pool of four threads and on a pool of four processes.
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def compute(n):  # CPU-bound: pure bytecode
    total = 0
    for i in range(n):
        total += i % 7
    return total


def wait(n):  # IO-bound: a wait, which releases the GIL
    time.sleep(0.2)
    return n


if __name__ == "__main__":
    for job in (compute, wait):
        jobs = [2_000_000] * 4
        start = time.perf_counter()
        alone = [job(n) for n in jobs]
        serial = time.perf_counter() - start
        for Executor in (ThreadPoolExecutor, ProcessPoolExecutor):
            start = time.perf_counter()  # pool start-up is timed too
            with Executor(max_workers=4) as pool:
                assert list(pool.map(job, jobs)) == alone
            ratio = (time.perf_counter() - start) / serial
            print(f"{job.__name__:>7} on {Executor.__name__:<19}: "
                  f"{ratio:.2f}x the serial time")
