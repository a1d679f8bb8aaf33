# Exercise: lost wake-up. The main thread hands a worker a job, then waits on a condition
# variable for the result. When the worker notifies before the main thread waits, nobody wakes
# the main thread again. Make the main thread always get the result: it must still print it
# and still have it computed in a worker thread.
import queue
import threading

jobs = queue.Queue()
ready = threading.Condition()
result = []


def worker():
    n = jobs.get()
    total = 0
    for i in range(n):
        total += i * i
    with ready:
        result.append(total)
        ready.notify()


t = threading.Thread(target=worker)
t.start()
jobs.put(20)
with ready:
    ready.wait()
print("result:", result[0])
t.join()
