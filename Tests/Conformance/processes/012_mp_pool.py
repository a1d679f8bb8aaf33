# A Pool: map, starmap, apply, apply_async with callbacks, imap, and an exception from a
# worker raised again in the parent.
import multiprocessing as mp


def square(x):
    return x * x


def power(x, y):
    return x ** y


def fail(x):
    raise ValueError("bad input %d" % x)


if __name__ == "__main__":
    got = []
    with mp.Pool(4) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 3)]))
        print(pool.apply(power, (2, 10)))
        r = pool.apply_async(square, (7,), callback=got.append)
        print(r.get(), r.ready(), r.successful())
        print(list(pool.imap(square, [5, 6, 7])))
        print(sorted(pool.imap_unordered(square, [1, 2, 3])))
        e = pool.apply_async(fail, (3,), error_callback=lambda exc: got.append(repr(exc)))
        try:
            e.get()
        except ValueError as exc:
            print("raised again:", exc)
        try:
            pool.map(fail, [4, 4])
        except ValueError as exc:
            print("map raised:", exc)
    print(got)
