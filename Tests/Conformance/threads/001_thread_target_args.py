import threading
results = {}
def worker(n, label="w", *, scale=1):
    results[n] = f"{label}:{n * scale}"
t1 = threading.Thread(target=worker, args=(1,))
t2 = threading.Thread(target=worker, args=(2, "x"), kwargs={"scale": 10})
t3 = threading.Thread(target=worker, kwargs={"n": 3, "label": "kw"})
for t in (t1, t2, t3):
    t.start()
for t in (t1, t2, t3):
    t.join()
print(sorted(results.items()))
def square_into(out, i):
    out[i] = i * i
out = [None] * 5
threads = [threading.Thread(target=square_into, args=(out, i)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
noop = threading.Thread()
noop.start()
noop.join()
print("thread with no target ran:", not noop.is_alive())
