# nondeterministic: the times depend on free cores (python3) or on
# --cores (the tutor). The four CPU-bound jobs of four_workers.py again:
# one after another, on four threads, and on four processes, each way
# timed as a ratio of the serial time.
import threading
import time
from multiprocessing import Process


def compute(n=300000):  # CPU-bound: pure bytecode, never waits
    total = 0
    for i in range(n):
        total += i % 7
    return total


def serial():
    for _ in range(4):
        compute()


def on_four(kind):  # kind is threading.Thread or Process
    workers = [kind(target=compute) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def best_of_three(way, *args):
    # Other programs on the machine can only add time: keep the least.
    times = []
    for _ in range(3):
        start = time.perf_counter()
        way(*args)
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    alone = best_of_three(serial)
    threads = best_of_three(on_four, threading.Thread)
    processes = best_of_three(on_four, Process)
    print(f"4 threads take {threads / alone:.1f}x the serial time")
    print(f"4 processes take {processes / alone:.1f}x the serial time")
