# The course's prime checks spread over a pool of four worker processes: process start,
# pickling both ways and the pipes between them, beside the work itself.
import multiprocessing


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


if __name__ == "__main__":
    with multiprocessing.Pool(4) as pool:
        print(sum(pool.map(is_prime, range(100_000, 130_000))))
