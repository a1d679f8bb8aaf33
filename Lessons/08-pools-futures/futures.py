# A Future is a receipt for work handed to a pool: ask it whether the
# work is done, wait for the result, or cancel it while it still waits.
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def brew(drink, seconds):
    time.sleep(seconds)  # stands in for slow work
    if drink == "tea":
        raise ValueError("out of tea")
    return f"{drink} ready"


pool = ThreadPoolExecutor(max_workers=2)
coffee = pool.submit(brew, "coffee", 0.3)  # returns at once
tea = pool.submit(brew, "tea", 0.1)
cocoa = pool.submit(brew, "cocoa", 0.1)  # both workers busy: it waits
print(f"{now()} running:", coffee.running(), tea.running(),
      cocoa.running())
print(f"{now()} cancel cocoa?", cocoa.cancel())
print(f"{now()} done:", coffee.done(), tea.done(), cocoa.done())
answer = coffee.result()  # waits until coffee is ready
print(f"{now()} {answer}")
try:
    tea.result()  # the worker's exception is raised here
except ValueError as error:
    print(f"{now()} tea failed: {error}")
print(f"{now()} cocoa cancelled:", cocoa.cancelled())
pool.shutdown()
