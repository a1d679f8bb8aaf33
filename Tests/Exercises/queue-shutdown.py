# Reference solution of Exercises/*-queue-shutdown/queue-shutdown.py (tests check that it passes).
import queue
import threading

jobs = queue.Queue()
done = []


CONSUMERS = 2


def producer():
    for i in range(10):
        jobs.put(i)
    # One end-of-work marker per consumer: each stops when it takes one, after every job.
    for _ in range(CONSUMERS):
        jobs.put(None)


def consumer():
    while True:
        job = jobs.get()
        if job is None:
            break
        done.append(job * job)


threads = [threading.Thread(target=producer)] + [threading.Thread(target=consumer) for _ in range(CONSUMERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("jobs done:", len(done))
print("total:", sum(done))
