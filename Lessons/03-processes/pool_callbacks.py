# A Pool starts three worker processes once and feeds them tasks.
import os
import time
from multiprocessing import Pool

start = time.perf_counter_ns()


def now():
    # tenths of a second since start, rounded down, so that a
    # few milliseconds of start-up never change a line
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    return f"{tenths / 10}s"


def slow_square(n):
    time.sleep(0.1 * n)  # task n takes n tenths of a second
    return n * n, os.getpid()


def report(result):  # runs in the parent when a task is done
    square, pid = result
    print(f"{now()} callback: {square}")
    workers.add(pid)


if __name__ == "__main__":
    workers = set()
    pool = Pool(3)  # starting the workers takes a moment
    start = time.perf_counter_ns()  # so count from here
    square, _ = pool.apply(slow_square, (2,))  # waits for the answer
    print(f"{now()} apply: {square}")
    for n in range(1, 7):
        pool.apply_async(slow_square, (n,), callback=report)
    print(f"{now()} six tasks handed over")
    pool.close()  # no more tasks
    pool.join()  # wait until the workers have finished them
    print(f"{now()} done: {len(workers)} processes ran 6 tasks")
