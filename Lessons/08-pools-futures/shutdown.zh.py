# shutdown() 让池不再接受新工作。wait=True（默认）等待已经
# 交出去的工作；cancel_futures=True 丢弃还没有工作者开始做的
# 任务。
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def job(n):
    time.sleep(0.2)
    return n


for cancel in (False, True):
    start = time.perf_counter()
    pool = ThreadPoolExecutor(max_workers=2)
    futures = [pool.submit(job, n) for n in range(6)]
    pool.shutdown(wait=True, cancel_futures=cancel)
    ran = [f.result() for f in futures if not f.cancelled()]
    print(f"{now()} cancel_futures={cancel}: ran {ran}")
    try:
        pool.submit(job, 99)
    except RuntimeError as error:
        print(f"{now()} submit after shutdown: {error}")

pool = ThreadPoolExecutor(max_workers=2)
late = pool.submit(job, 7)
start = time.perf_counter()
pool.shutdown(wait=False)  # 立刻返回；任务照样运行
print(f"{now()} shutdown(wait=False) returned, done:", late.done())
answer = late.result()  # 仍然要等它
print(f"{now()} result:", answer)
