# Producer and consumer threads joined by a queue.Queue. The queue
# does all the locking; maxsize makes a fast producer wait for a slow
# consumer.
import queue
import threading
import time

jobs = queue.Queue(maxsize=2)
start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def producer():
    for n in range(1, 7):
        jobs.put(n)  # blocks while the queue already holds 2 jobs
    print(f"{now()} producer: all 6 jobs queued")


def consumer():
    while True:
        n = jobs.get()  # blocks while the queue is empty
        time.sleep(0.2)  # handle the job
        print(f"{now()} consumer: handled job {n}")
        jobs.task_done()  # tell join() that one more job is finished


threading.Thread(target=consumer, daemon=True).start()
threading.Thread(target=producer).start()
jobs.join()  # wait until every job put has been marked task_done
print(f"{now()} main: every job handled")

