# SimpleQueue between threads: blocked gets are woken by puts in order, several producers
# interleave but each one's items stay in order, and a timed get gives up with Empty.
import queue
import threading
import time

q = queue.SimpleQueue()
results = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item)
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        results.append("empty")


def producer(name, n):
    for i in range(n):
        q.put((name, i))
        time.sleep(0.001)


c = threading.Thread(target=consumer)
c.start()
producers = [threading.Thread(target=producer, args=(name, 50)) for name in "abc"]
for p in producers:
    p.start()
for p in producers:
    p.join()
q.put(None)
c.join()
print(len(results), results[-1], q.empty())
for name in "abc":
    mine = [i for (who, i) in results[:-1] if who == name]
    print(name, mine == list(range(50)))
