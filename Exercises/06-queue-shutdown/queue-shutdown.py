# Exercise: queue shutdown. A producer puts ten jobs on a queue and two consumers take them
# until, they think, the work is over: "the queue is empty". But a queue can be empty before
# the producer is done, and two consumers can both see one last job. Tell the consumers when
# the work is over in a way that cannot race: it must still print the same total and still
# use a producer and two consumers.
import queue
import threading

jobs = queue.Queue()
done = []


def producer():
    for i in range(10):
        jobs.put(i)


def consumer():
    while not jobs.empty():
        job = jobs.get()
        done.append(job * job)


threads = [threading.Thread(target=producer)] + [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("jobs done:", len(done))
print("total:", sum(done))
