from concurrent.futures import ThreadPoolExecutor
import time
def slow_square(x):
    time.sleep(0.05 * (3 - x))
    return x * x
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(slow_square, range(3))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
def maybe_fail(x):
    if x == 2:
        raise ValueError(f"bad item {x}")
    return x
with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(maybe_fail, range(4))
    try:
        for v in it:
            print("got", v)
    except ValueError as e:
        print("ValueError:", e)
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(str.upper, ["a", "b"])), list(ex.map(len, [])))
