# A thread pool by hand: three worker threads take tasks from one queue
# and put results on another, until each meets a stop signal (None).
# ThreadPoolExecutor is this pattern, packaged.
import queue
import threading
import time

tasks = queue.Queue()
results = queue.Queue()


def fetch(page):
    time.sleep(0.2)  # stands in for a network wait
    return len(page) * 100


def worker():
    while True:
        page = tasks.get()
        if page is None:  # the stop signal: one per worker
            break
        results.put((page, fetch(page)))


start = time.perf_counter()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()  # three threads, started once, reused for every task
pages = ["a.html", "bb.html", "ccc.html", "dd.html", "e.html",
         "ff.html"]
for page in pages:
    tasks.put(page)
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
elapsed = time.perf_counter() - start

sizes = dict(results.get() for _ in pages)  # results come in any order
for page in pages:
    print(page, sizes[page], "bytes")
print(f"{len(pages)} pages on {len(workers)} threads: {elapsed:.1f}s")
