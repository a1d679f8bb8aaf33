# Eight pages to fetch, each a 0.2 s wait for the network: serially,
# on a pool of eight threads used two ways, on four processes.
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

PAGES = [f"page{n}.html" for n in range(1, 9)]


def fetch(page):
    time.sleep(0.2)  # stands in for waiting on the network
    return len(page)


def serial():
    return [fetch(page) for page in PAGES]


def one_at_a_time(pool):  # synchronous: wait for each answer
    return [pool.submit(fetch, page).result() for page in PAGES]


def all_at_once(pool):  # asynchronous: hand all over, then collect
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
        processes.submit(len, "").result()  # start them before timing
        timed("4 processes, all at once", all_at_once, processes)
