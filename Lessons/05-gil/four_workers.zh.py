# nondeterministic: 时间取决于机器（python3）或引擎的
# 选项。四个 CPU 密集型任务和四个 IO 密集型任务，各自先
# 依次运行，再用四个线程运行。用 concurrency-tutor 比较：
#   concurrency-tutor run four_workers.py
#   concurrency-tutor run four_workers.py --no-gil --cores 4
import threading
import time


def compute(n=500000):  # CPU 密集型：纯字节码，从不等待
    total = 0
    for i in range(n):
        total += i % 7
    return total


def wait_for_disk():  # IO 密集型：等待，期间释放 GIL
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

# 取五次中最好的：机器上的其他程序只会让时间变长。
runs = [(serial(compute), threaded(compute)) for _ in range(5)]
cpu_serial = min(alone for alone, _ in runs)
cpu_threads = min(together for _, together in runs)
ratio = cpu_threads / cpu_serial
print(f"CPU: serial {cpu_serial * 1000:.0f} ms, "
      f"4 threads {cpu_threads * 1000:.0f} ms")
print(f"CPU: 4 threads take {ratio:.1f}x the serial time")
