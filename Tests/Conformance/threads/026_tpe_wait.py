from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION
import time
def nap(d, fail=False):
    time.sleep(d)
    if fail:
        raise RuntimeError(f"failed after {d}")
    return d
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, 0.2), ex.submit(nap, 0.02), ex.submit(nap, 0.1)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first:", [f.result() for f in done], "pending:", len(not_done))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print("all:", sorted(f.result() for f in done), len(not_done))
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(nap, 0.02, True), ex.submit(nap, 0.1)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", [repr(f.exception()) for f in done], len(not_done))
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(nap, 0.1)
    done, not_done = wait([f], timeout=0.02)
    print("timeout:", len(done), len(not_done))
print(FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION)
