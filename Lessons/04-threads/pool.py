# ThreadPoolExecutor: a few reusable worker threads and a queue of work.
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def fetch(page):
    time.sleep(0.2)  # stands in for a network wait
    return f"{page}: {len(page) * 100} bytes"


pages = ["a.html", "bb.html", "ccc.html", "dd.html", "e.html",
         "ff.html"]

with ThreadPoolExecutor(max_workers=3) as pool:
    # map: results come back in the order of the inputs
    for line in pool.map(fetch, pages):
        print(line)
    print(f"{now()} six 0.2s fetches on three workers")

    # submit: returns a Future at once; result() waits for it
    future = pool.submit(fetch, "index.html")
    print("submitted, done yet?", future.done())
    print(future.result())
    print("done now?", future.done())

    # an exception in the worker comes back out of result()
    broken = pool.submit(fetch, None)
    try:
        broken.result()
    except TypeError as err:
        print("TypeError from the worker:", err)
# leaving the with block waits for the workers (shutdown(wait=True))
print(f"{now()} pool shut down")
