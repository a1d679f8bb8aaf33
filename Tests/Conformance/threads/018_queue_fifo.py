import threading, queue
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            print("consumer got sentinel")
            break
        print("consumer got", item)
c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
p.join(); c.join()
print(q.empty(), q.qsize(), q.full())
q2 = queue.Queue(maxsize=2)
q2.put("a"); q2.put("b")
print(q2.full(), q2.qsize(), q2.maxsize, q2.get(), q2.get(), q2.empty())
results = queue.Queue()
def square(n):
    results.put((n, n * n))
ts = [threading.Thread(target=square, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.get() for _ in range(4)))
