# nondeterministic: 时间取决于机器（python3）或 --cores
# （concurrency-tutor）。素数判断分别用串行、四个线程、
# 每个数一个进程、四个进程的进程池来做。
import threading
import time
from multiprocessing import Pool, Process, Queue

BIG = [4000000000039, 4000000000043, 4000000000069, 4000000000187]
SMALL = range(1000, 1100)


def is_prime(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True


def serial(numbers):
    return sum(map(is_prime, numbers))


def count_into(numbers, found):
    found.append(serial(numbers))


def four_threads(numbers):
    found = []  # 线程共享内存：用列表就行
    threads = [threading.Thread(target=count_into,
                                args=(numbers[i::4], found))
               for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(found)


def check(n, found):
    found.put(is_prime(n))


def process_each(numbers):
    found = Queue()  # 进程不共享：要把答案发回来
    processes = [Process(target=check, args=(n, found))
                 for n in numbers]
    for p in processes:
        p.start()
    count = sum(found.get() for _ in processes)
    for p in processes:
        p.join()
    return count


def pool_of_four(numbers):
    with Pool(4) as pool:
        return sum(pool.map(is_prime, numbers))


def timed(way, numbers, label):
    start = time.perf_counter()
    count = way(numbers)
    seconds = time.perf_counter() - start
    print(f"{label} {way.__name__:>12}: {count} primes, {seconds:.3f}s")


if __name__ == "__main__":
    for way in (serial, four_threads, pool_of_four):
        timed(way, BIG, "4 big numbers,")
    for way in (serial, process_each, pool_of_four):
        timed(way, SMALL, "100 small ones,")
