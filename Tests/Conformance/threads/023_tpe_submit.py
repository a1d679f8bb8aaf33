from concurrent.futures import ThreadPoolExecutor
import threading
def work(x):
    return x * x, threading.current_thread().name
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(work, 7)
    print(f.result())
    print(f.done(), f.running(), f.cancelled(), f.exception())
    futs = [ex.submit(work, i) for i in range(4)]
    print([fu.result()[0] for fu in futs])
    print(ex.submit(pow, 2, 10).result(), ex.submit(sorted, [3, 1], reverse=True).result())
with ThreadPoolExecutor(max_workers=1) as ex2:
    print(ex2.submit(work, 1).result()[1])
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex3:
    print(ex3.submit(work, 2).result()[1])
with ThreadPoolExecutor(max_workers=3) as ex4:
    names = set(f.result()[1] for f in [ex4.submit(work, i) for i in range(6)])
    print(all(n.startswith("ThreadPoolExecutor-2_") for n in names), len(names) <= 3)
