# nondeterministic: the times depend on the machine (python3) or on the
# engine's options. Four CPU-bound jobs and four IO-bound jobs, each run
# one after another and then on four threads. In the tutor compare:
#   concurrency-tutor run four_workers.py
#   concurrency-tutor run four_workers.py --no-gil --cores 4
import threading
import time


def compute(n=500000):  # CPU-bound: pure bytecode, never waits
    total = 0
    for i in range(n):
        total += i % 7
    return total


def wait_for_disk():  # IO-bound: waits, and releases the GIL meanwhile
    time.sleep(0.2)


def serial(job):
    start = time.perf_counter()
    for _ in range(4):
        job()
    return time.perf_counter() - start


def threaded(job):
    start = time.perf_counter()
    threads = [threading.Thread(target=job) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


io_serial = serial(wait_for_disk)
io_threads = threaded(wait_for_disk)
print(f"IO : serial {io_serial:.1f}s, 4 threads {io_threads:.1f}s")

# Best of five: other programs on the machine can only add time.
runs = [(serial(compute), threaded(compute)) for _ in range(5)]
cpu_serial = min(alone for alone, _ in runs)
cpu_threads = min(together for _, together in runs)
ratio = cpu_threads / cpu_serial
print(f"CPU: serial {cpu_serial * 1000:.0f} ms, "
      f"4 threads {cpu_threads * 1000:.0f} ms")
print(f"CPU: 4 threads take {ratio:.1f}x the serial time")
