# Queue, LifoQueue and PriorityQueue differ only in which item get()
# hands out next. One worker is busy with its first job while three
# more arrive; then it takes them in its queue's order.
import queue
import threading
import time


def work(jobs, start):
    for _ in range(4):
        priority, task = jobs.get()
        time.sleep(0.1)  # do the job
        elapsed = time.perf_counter() - start
        print(f"  {elapsed:.1f}s done: {task} (priority {priority})")


for kind in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    print(kind.__name__)
    jobs = kind()
    start = time.perf_counter()
    jobs.put((2, "answer mail"))  # the worker starts on this one
    worker = threading.Thread(target=work, args=(jobs, start))
    worker.start()
    time.sleep(0.05)  # the worker is busy now; three more jobs arrive
    for job in [(3, "tidy desk"), (1, "put out fire"),
                (2, "file report")]:
        jobs.put(job)
    worker.join()

# A PriorityQueue compares whole items. Two equal priorities make it
# compare the next field, which fails for values such as dicts.
jobs = queue.PriorityQueue()
jobs.put((1, {"task": "a"}))
try:
    jobs.put((1, {"task": "b"}))
except TypeError as err:
    print("TypeError:", err)
