# ThreadPoolExecutor：几个可复用的工作线程，加上一个任务队列。
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def fetch(page):
    time.sleep(0.2)  # 代替网络等待
    return f"{page}: {len(page) * 100} bytes"


pages = ["a.html", "bb.html", "ccc.html", "dd.html", "e.html",
         "ff.html"]

with ThreadPoolExecutor(max_workers=3) as pool:
    # map：结果按输入的顺序返回
    for line in pool.map(fetch, pages):
        print(line)
    print(f"{now()} six 0.2s fetches on three workers")

    # submit：立即返回一个 Future；result() 等待结果
    future = pool.submit(fetch, "index.html")
    print("submitted, done yet?", future.done())
    print(future.result())
    print("done now?", future.done())

    # 工作线程中的异常会从 result() 里重新抛出
    broken = pool.submit(fetch, None)
    try:
        broken.result()
    except TypeError as err:
        print("TypeError from the worker:", err)
# 离开 with 块时会等待工作线程（shutdown(wait=True)）
print(f"{now()} pool shut down")
