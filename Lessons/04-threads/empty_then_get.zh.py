# 旧教程先检查 q.empty()，再调用 q.get()。有两个消费者时，
# 等到 get() 执行，检查的结果可能已经过时：
# “先检查再行动”就是竞态条件。
import queue
import threading
import time

jobs = queue.Queue()
jobs.put("the only job")
start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def careful_consumer(name, pause):
    if not jobs.empty():  # “有我的活儿”……
        time.sleep(pause)  # ……这里发生了一些慢操作……
        try:
            job = jobs.get(timeout=0.5)  # ……活儿已经没了
            print(f"{now()} {name} got {job!r}")
        except queue.Empty:
            print(f"{now()} {name}: empty() said no, get() found none")


a = threading.Thread(target=careful_consumer, args=("A", 0.1))
b = threading.Thread(target=careful_consumer, args=("B", 0.2))
a.start()
b.start()
a.join()
b.join()

# 安全的做法：直接取，真遇到“没有”时再处理。
try:
    job = jobs.get_nowait()
except queue.Empty:
    print(f"{now()} get_nowait: queue.Empty, and no separate check")
