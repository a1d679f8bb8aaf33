from concurrent.futures import ThreadPoolExecutor, as_completed
import time
def task(name, delay):
    time.sleep(delay)
    return name
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = {ex.submit(task, n, d): n for n, d in [("slow", 0.25), ("fast", 0.05), ("medium", 0.15)]}
    for f in as_completed(futures):
        print("completed:", f.result(), "submitted as", futures[f])
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(task, "late", 0.2)]
    try:
        for f in as_completed(fs, timeout=0.05):
            print(f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
        import concurrent.futures
        print(e.__class__ is concurrent.futures.TimeoutError)
