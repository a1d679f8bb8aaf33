# 进程池一次性启动三个工作进程，然后不断给它们任务。
import os
import time
from multiprocessing import Pool

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def slow_square(n):
    time.sleep(0.1 * n)  # 任务 n 耗时 n 个 0.1 秒
    return n * n, os.getpid()


def report(result):  # 任务完成时在父进程里运行
    square, pid = result
    print(f"{now()} callback: {square}")
    workers.add(pid)


if __name__ == "__main__":
    workers = set()
    pool = Pool(3)  # 启动工作进程要花一点时间
    start = time.perf_counter()  # 所以从这里开始计时
    square, _ = pool.apply(slow_square, (2,))  # 等待结果
    print(f"{now()} apply: {square}")
    for n in range(1, 7):
        pool.apply_async(slow_square, (n,), callback=report)
    print(f"{now()} six tasks handed over")
    pool.close()  # 不再有新任务
    pool.join()  # 等工作进程把任务做完
    print(f"{now()} done: {len(workers)} processes ran 6 tasks")
