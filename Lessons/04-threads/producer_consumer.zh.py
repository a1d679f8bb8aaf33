# 生产者线程和消费者线程通过 queue.Queue 连接。队列
# 负责全部加锁；maxsize 让快的生产者等待慢的
# 消费者。
import queue
import threading
import time

jobs = queue.Queue(maxsize=2)
start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def producer():
    for n in range(1, 7):
        jobs.put(n)  # 队列里已有 2 个任务时阻塞
    print(f"{now()} producer: all 6 jobs queued")


def consumer():
    while True:
        n = jobs.get()  # 队列为空时阻塞
        time.sleep(0.2)  # 处理任务
        print(f"{now()} consumer: handled job {n}")
        jobs.task_done()  # 告诉 join() 又完成了一个任务


threading.Thread(target=consumer, daemon=True).start()
threading.Thread(target=producer).start()
jobs.join()  # 等到放入的每个任务都标记了 task_done
print(f"{now()} main: every job handled")

