from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(square, [1, 2, 3, 4])))
    future = pool.submit(square, 12)
    print(future.result(), future.done())

print("pool closed")
