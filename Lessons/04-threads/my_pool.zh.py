# 手写线程池：三个工作线程从一个队列取任务，
# 把结果放进另一个队列，直到各自遇到停止信号（None）。
# ThreadPoolExecutor 就是这个模式的封装。
import queue
import threading
import time

tasks = queue.Queue()
results = queue.Queue()


def fetch(page):
    time.sleep(0.2)  # 代替网络等待
    return len(page) * 100


def worker():
    while True:
        page = tasks.get()
        if page is None:  # 停止信号：每个工作线程一个
            break
        results.put((page, fetch(page)))


start = time.perf_counter()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()  # 三个线程只启动一次，所有任务都复用它们
pages = ["a.html", "bb.html", "ccc.html", "dd.html", "e.html",
         "ff.html"]
for page in pages:
    tasks.put(page)
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
elapsed = time.perf_counter() - start

sizes = dict(results.get() for _ in pages)  # 结果到达的顺序不定
for page in pages:
    print(page, sizes[page], "bytes")
print(f"{len(pages)} pages on {len(workers)} threads: {elapsed:.1f}s")
