# Reference solution of Exercises/*-lost-wakeup/lost-wakeup.py (tests check that it passes).
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
    # The result itself is the condition: a notify that came before the wait is not lost.
    ready.wait_for(lambda: result)
print("result:", result[0])
t.join()
