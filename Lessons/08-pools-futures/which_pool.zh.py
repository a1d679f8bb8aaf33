# nondeterministic: 时间取决于机器（python3）或 --cores
# （concurrency-tutor）。四个 CPU 密集型任务和四个等待，
# 分别在四个线程的线程池和四个进程的进程池上运行。
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def compute(n):  # CPU 密集型：纯字节码
    total = 0
    for i in range(n):
        total += i % 7
    return total


def wait(n):  # IO 密集型：等待，会释放 GIL
    time.sleep(0.2)
    return n


if __name__ == "__main__":
    for job in (compute, wait):
        jobs = [2_000_000] * 4
        start = time.perf_counter()
        alone = [job(n) for n in jobs]
        serial = time.perf_counter() - start
        for Executor in (ThreadPoolExecutor, ProcessPoolExecutor):
            start = time.perf_counter()  # 启动池也计时
            with Executor(max_workers=4) as pool:
                assert list(pool.map(job, jobs)) == alone
            ratio = (time.perf_counter() - start) / serial
            print(f"{job.__name__:>7} on {Executor.__name__:<19}: "
                  f"{ratio:.2f}x the serial time")
