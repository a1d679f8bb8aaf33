# add_done_callback：工作完成后，Future 以自身为参数调用的函数，
# 在完成工作的那个线程里运行。
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


def serve(future):  # 收到的是已完成的 Future，而不是结果
    who = threading.current_thread().name
    print(f"{now()} serve {future.result()} (in {who})")


def serve_here(future):  # 用于进程池的 future
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
    print(f"{now()} kitchen closed")  # with 块等两道菜都做完
    soup.add_done_callback(serve)  # 已经完成：立刻在这里运行

    parent = os.getpid()
    with ProcessPoolExecutor(1) as pool:
        pool.submit(cook, "tea", 0.1).add_done_callback(serve_here)
