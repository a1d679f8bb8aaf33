# A Semaphore(3) lets at most three threads into the block at once:
# nine downloads of 0.2s each run as three waves.
import threading
import time

slots = threading.Semaphore(3)
inside = 0
most_inside = 0
count_lock = threading.Lock()
start = time.perf_counter()


def download(page):
    global inside, most_inside
    with slots:  # acquire: take a slot, or wait for one to be released
        with count_lock:
            inside += 1
            most_inside = max(most_inside, inside)
        time.sleep(0.2)  # the download itself
        with count_lock:
            inside -= 1
    # release happened when the with block ended


threads = [threading.Thread(target=download, args=(p,))
           for p in range(9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(f"9 downloads, at most {most_inside} at once, {elapsed:.1f}s")

bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()  # one too many: a plain Semaphore hides this
except ValueError as err:
    print("ValueError:", err)
