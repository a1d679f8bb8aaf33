# 进程池一次性启动三个工作进程，然后不断给它们任务。
import os
import time
from multiprocessing import Pool

start = time.perf_counter_ns()


def now():
    # 从 start 起经过的十分之一秒数，向下取整：
    # 几毫秒的启动开销不会改变任何一行输出
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    return f"{tenths / 10}s"


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
    start = time.perf_counter_ns()  # 所以从这里开始计时
    square, _ = pool.apply(slow_square, (2,))  # 等待结果
    print(f"{now()} apply: {square}")
    for n in range(1, 7):
        pool.apply_async(slow_square, (n,), callback=report)
    print(f"{now()} six tasks handed over")
    pool.close()  # 不再有新任务
    pool.join()  # 等工作进程把任务做完
    print(f"{now()} done: {len(workers)} processes ran 6 tasks")
