# Old tutorials check q.empty() and then call q.get(). With two
# consumers the answer can be out of date by the time get() runs:
# check-then-act is a race.
import queue
import threading
import time

jobs = queue.Queue()
jobs.put("the only job")
start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def careful_consumer(name, pause):
    if not jobs.empty():  # "there is a job for me"...
        time.sleep(pause)  # ...something slow happens here...
        try:
            job = jobs.get(timeout=0.5)  # ...and it is gone
            print(f"{now()} {name} got {job!r}")
        except queue.Empty:
            print(f"{now()} {name}: empty() said no, get() found none")


a = threading.Thread(target=careful_consumer, args=("A", 0.1))
b = threading.Thread(target=careful_consumer, args=("B", 0.2))
a.start()
b.start()
a.join()
b.join()

# The safe way: just ask, and handle "nothing there" when it happens.
try:
    job = jobs.get_nowait()
except queue.Empty:
    print(f"{now()} get_nowait: queue.Empty, and no separate check")
