# add_done_callback: a function the Future calls with itself once the
# work is done, in whichever thread completes it.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def cook(dish, seconds):
    time.sleep(seconds)
    return dish


def serve(future):  # gets the finished Future, not the result
    who = threading.current_thread().name
    print(f"{now()} serve {future.result()} (in {who})")


with ThreadPoolExecutor(2, thread_name_prefix="cook") as pool:
    soup = pool.submit(cook, "soup", 0.2)
    rice = pool.submit(cook, "rice", 0.1)
    soup.add_done_callback(serve)
    rice.add_done_callback(serve)
    print(f"{now()} orders placed")
print(f"{now()} kitchen closed")  # the with block waited for both
soup.add_done_callback(serve)  # already done: runs at once, here
