# Future 是交给池的工作的一张回执：问它工作做完没有，等它的
# 结果，或者趁它还在排队时取消它。
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def brew(drink, seconds):
    time.sleep(seconds)  # 代替一件很慢的工作
    if drink == "tea":
        raise ValueError("out of tea")
    return f"{drink} ready"


pool = ThreadPoolExecutor(max_workers=2)
coffee = pool.submit(brew, "coffee", 0.3)  # 立刻返回
tea = pool.submit(brew, "tea", 0.1)
cocoa = pool.submit(brew, "cocoa", 0.1)  # 两个工作者都在忙：它得排队
print(f"{now()} running:", coffee.running(), tea.running(),
      cocoa.running())
print(f"{now()} cancel cocoa?", cocoa.cancel())
print(f"{now()} done:", coffee.done(), tea.done(), cocoa.done())
answer = coffee.result()  # 等到咖啡做好
print(f"{now()} {answer}")
try:
    tea.result()  # 工作线程里的异常在这里抛出
except ValueError as error:
    print(f"{now()} tea failed: {error}")
print(f"{now()} cocoa cancelled:", cocoa.cancelled())
pool.shutdown()
