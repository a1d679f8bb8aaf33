# os.fork() inside Python code that a built-in function called: a key function, a function
# that map calls, a generator that sum drives; multiprocessing started from a key function.
import multiprocessing
import os


def key(x):
    if x == 2:
        pid = os.fork()
        if pid == 0:
            print("child of a key function", flush=True)
            os._exit(3)
        print("key function's child exited with", os.WEXITSTATUS(os.waitpid(pid, 0)[1]))
    return -x


def numbers():
    for i in range(4):
        if i == 1:
            pid = os.fork()
            if pid == 0:
                print("child of a generator under sum", flush=True)
                os._exit(0)
            os.waitpid(pid, 0)
        yield i


def times_ten(x):
    if x == 1:
        if os.fork() == 0:
            print("child of a function map calls", flush=True)
            os._exit(0)
        os.wait()
    return x * 10


def work(q, x):
    q.put(x * x)


def start_worker(x):
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=work, args=(q, x))
    p.start()
    result = q.get()
    p.join()
    return (result, p.exitcode)


if __name__ == "__main__":
    print(sorted([1, 2, 3], key=key))
    print(sum(numbers()))
    print(list(map(times_ten, range(3))))
    print(sorted([3, 1, 2], key=start_worker))
    print(max(map(start_worker, [4, 5])))
