# 要抓取八个网页，每个都要等网络 0.2 秒：串行抓取，用八个线程
# 的线程池以两种方式抓取，用四个进程抓取。
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

PAGES = [f"page{n}.html" for n in range(1, 9)]


def fetch(page):
    time.sleep(0.2)  # 代替等待网络
    return len(page)


def serial():
    return [fetch(page) for page in PAGES]


def one_at_a_time(pool):  # 同步：逐个等待结果
    return [pool.submit(fetch, page).result() for page in PAGES]


def all_at_once(pool):  # 异步：全部交出，再收集
    futures = [pool.submit(fetch, page) for page in PAGES]
    return [future.result() for future in futures]


def timed(label, work, *args):
    start = time.perf_counter()
    sizes = work(*args)
    seconds = time.perf_counter() - start
    print(f"{label:<26} {sum(sizes)} bytes in {seconds:.1f}s")


if __name__ == "__main__":
    timed("serial", serial)
    with ThreadPoolExecutor(max_workers=8) as threads:
        timed("threads, one at a time", one_at_a_time, threads)
        timed("threads, all at once", all_at_once, threads)
    with ProcessPoolExecutor(max_workers=4) as processes:
        processes.submit(len, "").result()  # 计时前先启动它们
        timed("4 processes, all at once", all_at_once, processes)
