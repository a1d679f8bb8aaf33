# map 按你提交的顺序给出结果；as_completed 按完成的顺序
# 给出 future。
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def download(page):
    seconds = {"big.html": 0.3, "mid.html": 0.2, "tiny.html": 0.1}[page]
    time.sleep(seconds)
    return page


pages = ["big.html", "mid.html", "tiny.html"]
with ThreadPoolExecutor(max_workers=3) as pool:
    for page in pool.map(download, pages):
        print(f"{now()} map: {page}")

    start = time.perf_counter()
    futures = {pool.submit(download, page): page for page in pages}
    for future in as_completed(futures):
        print(f"{now()} as_completed: {future.result()}")
