# add_done_callback: a function the Future calls with itself once the
# work is done, in whichever thread completes it.
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def cook(dish, seconds):
    time.sleep(seconds)
    return dish


def serve(future):  # gets the finished Future, not the result
    who = threading.current_thread().name
    print(f"{now()} serve {future.result()} (in {who})")


def serve_here(future):  # for the process pool's futures
    print(f"serve {future.result()}: parent process?",
          os.getpid() == parent, "main thread?",
          threading.current_thread() is threading.main_thread())


if __name__ == "__main__":
    with ThreadPoolExecutor(2, thread_name_prefix="cook") as pool:
        soup = pool.submit(cook, "soup", 0.2)
        rice = pool.submit(cook, "rice", 0.1)
        soup.add_done_callback(serve)
        rice.add_done_callback(serve)
        print(f"{now()} orders placed")
    print(f"{now()} kitchen closed")  # the with block waited for both
    soup.add_done_callback(serve)  # already done: runs at once, here

    parent = os.getpid()
    with ProcessPoolExecutor(1) as pool:
        pool.submit(cook, "tea", 0.1).add_done_callback(serve_here)
