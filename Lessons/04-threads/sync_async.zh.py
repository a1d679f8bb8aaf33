# 同步：交出一个请求，等到它的答案，再发下一个。
# 异步：把请求全部交出去，继续做别的，稍后再收集
# 答案，或者在每个答案就绪时让回调去处理。
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def square(n):
    time.sleep(0.2)  # 一个很慢的服务
    return n * n


def report(future):  # 以完成的 Future 为参数调用
    print(f"{now()} callback: {future.result()}")


with ThreadPoolExecutor(max_workers=3) as pool:
    for n in [1, 2, 3]:  # 同步：依次等待每个答案
        answer = pool.submit(square, n).result()
        print(f"{now()} sync: {answer}")

    futures = [pool.submit(square, n) for n in [4, 5, 6]]
    print(f"{now()} async: three requests handed over")
    answers = [f.result() for f in futures]  # 现在等待全部三个
    print(f"{now()} async: {answers}")

    pool.submit(square, 7).add_done_callback(report)
    print(f"{now()} main goes on without waiting")
print(f"{now()} pool shut down")
