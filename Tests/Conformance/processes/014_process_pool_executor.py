# ProcessPoolExecutor: map, submit with as_completed, an exception and a callback.
from concurrent.futures import ProcessPoolExecutor, as_completed
import os

def is_prime(n):
    if n < 2:
        return False
    for i in range(2, int(n ** 0.5) + 1):
        if n % i == 0:
            return False
    return True

def boom(x):
    raise KeyError(x)

if __name__ == "__main__":
    nums = [101, 1000003, 1000, 7919, 15]
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(is_prime, nums)))
        futs = {ex.submit(is_prime, n): n for n in nums}
        print(sorted((futs[f], f.result()) for f in as_completed(futs)))
        f = ex.submit(boom, 3)
        try:
            f.result()
        except KeyError as e:
            print("KeyError", e)
        f2 = ex.submit(pow, 2, 10)
        f2.add_done_callback(lambda fut: print("done", fut.result()))
    print("after shutdown")
