# nondeterministic: 时间取决于空闲的核（python3）或 --cores
# （tutor）。再次运行 four_workers.py 的四个 CPU 密集型任务：
# 依次运行、用四个线程运行、用四个进程运行，每种方式的时间
# 都以串行时间的倍数打印。
import threading
import time
from multiprocessing import Process


def compute(n=300000):  # CPU 密集：纯字节码，从不等待
    total = 0
    for i in range(n):
        total += i % 7
    return total


def serial():
    for _ in range(4):
        compute()


def on_four(kind):  # kind 是 threading.Thread 或 Process
    workers = [kind(target=compute) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def best_of_three(way, *args):
    # 机器上的其他程序只会让时间变长：取最小值。
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
