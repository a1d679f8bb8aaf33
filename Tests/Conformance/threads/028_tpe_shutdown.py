from concurrent.futures import ThreadPoolExecutor
import time
ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(time.sleep, 0.1)
ex.shutdown(wait=True)
print("after shutdown, future done:", f.done(), f.result())
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
ex2 = ThreadPoolExecutor(max_workers=1)
results = []
def job(i):
    time.sleep(0.05)
    results.append(i)
futs = [ex2.submit(job, i) for i in range(3)]
time.sleep(0.02)
ex2.shutdown(wait=False, cancel_futures=True)
print("cancelled:", sorted(fu.cancelled() for fu in futs))
time.sleep(0.15)
print("ran:", results)
with ThreadPoolExecutor() as ex3:
    print(ex3.submit(len, "abc").result())
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
