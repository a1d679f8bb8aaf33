# Queue、LifoQueue 和 PriorityQueue 的区别只在于 get()
# 下一个交出哪个元素。一个工作线程忙着第一个任务时，又来了
# 三个；之后它按所用队列的顺序处理它们。
import queue
import threading
import time


def work(jobs, start):
    for _ in range(4):
        priority, task = jobs.get()
        time.sleep(0.1)  # 处理任务
        elapsed = time.perf_counter() - start
        print(f"  {elapsed:.1f}s done: {task} (priority {priority})")


for kind in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    print(kind.__name__)
    jobs = kind()
    start = time.perf_counter()
    jobs.put((2, "answer mail"))  # 工作线程先处理这个
    worker = threading.Thread(target=work, args=(jobs, start))
    worker.start()
    time.sleep(0.05)  # 工作线程正忙；又来了三个任务
    for job in [(3, "tidy desk"), (1, "put out fire"),
                (2, "file report")]:
        jobs.put(job)
    worker.join()

# PriorityQueue 比较的是整个元素。优先级相同时，它会接着
# 比较下一个字段，遇到字典这样的值就会出错。
jobs = queue.PriorityQueue()
jobs.put((1, {"task": "a"}))
try:
    jobs.put((1, {"task": "b"}))
except TypeError as err:
    print("TypeError:", err)
