# A producer and a consumer joined by a bounded queue.
import queue
import threading

q = queue.Queue(maxsize=100)
N = 100_000


def produce():
    for i in range(N):
        q.put(i)
    q.put(None)


def consume(results):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    results.append(total)


results = []
threads = [threading.Thread(target=produce), threading.Thread(target=consume, args=(results,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results[0])
