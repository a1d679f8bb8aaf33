# nondeterministic: 时间取决于机器（python3）或 --cores
# （concurrency-tutor）。四个 CPU 密集型任务和四个等待，
# 分别在四个线程的线程池和四个进程的进程池上运行。
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool


def compute(n):  # CPU 密集型：纯字节码
    total = 0
    for i in range(n):
        total += i % 7
    return total


def wait(n):  # IO 密集型：等待，会释放 GIL
    time.sleep(0.2)
    return n


def on_threads(job, jobs):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(job, jobs))


def on_processes(job, jobs):
    with Pool(4) as pool:  # 启动工作进程的时间也计算在内
        return pool.map(job, jobs)


if __name__ == "__main__":
    for job in (compute, wait):
        jobs = [2_000_000] * 4
        start = time.perf_counter()
        alone = [job(n) for n in jobs]
        serial = time.perf_counter() - start
        for pool in (on_threads, on_processes):
            start = time.perf_counter()
            assert pool(job, jobs) == alone
            ratio = (time.perf_counter() - start) / serial
            print(f"{job.__name__:>7} {pool.__name__:>12}: "
                  f"{ratio:.2f}x the serial time")
