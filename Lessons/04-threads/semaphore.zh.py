# Semaphore(3) 最多同时放三个线程进入代码块：
# 九个各需 0.2s 的下载分成三波完成。
import threading
import time

slots = threading.Semaphore(3)
inside = 0
most_inside = 0
count_lock = threading.Lock()
start = time.perf_counter()


def download(page):
    global inside, most_inside
    with slots:  # acquire：取一个名额，或者等别人释放一个
        with count_lock:
            inside += 1
            most_inside = max(most_inside, inside)
        time.sleep(0.2)  # 下载本身
        with count_lock:
            inside -= 1
    # with 块结束时已经 release 了


threads = [threading.Thread(target=download, args=(p,))
           for p in range(9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(f"9 downloads, at most {most_inside} at once, {elapsed:.1f}s")

bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()  # 多释放了一次：普通 Semaphore 会掩盖这个错误
except ValueError as err:
    print("ValueError:", err)
