# multiprocessing.Condition and Barrier across processes.
import multiprocessing
import threading
import time


def consumer(cond, ready, results, n):
    with cond:
        ok = cond.wait_for(lambda: ready.value >= 1, timeout=5)
        results.put((n, ok, ready.value))


def waiter(barrier, q, n):
    time.sleep(0.05 * n)
    index = barrier.wait()
    q.put((n, time.time()))
    q.put(("index", index))


def timed_wait(cond, q):
    with cond:
        q.put(cond.wait(0.1))


def at_barrier():
    print("action ran in one process")


if __name__ == "__main__":
    cond = multiprocessing.Condition()
    ready = multiprocessing.Value('i', 0)
    results = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=consumer, args=(cond, ready, results, n)) for n in range(3)]
    for p in procs:
        p.start()
    time.sleep(0.1)
    with cond:
        ready.value = 1
        cond.notify_all()
    print(sorted(results.get() for _ in procs))
    for p in procs:
        p.join()
    print("exit codes", [p.exitcode for p in procs])

    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=timed_wait, args=(cond, q))
    p.start()
    print("wait without notify:", q.get())
    p.join()

    barrier = multiprocessing.Barrier(3, action=at_barrier)
    print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)
    procs = [multiprocessing.Process(target=waiter, args=(barrier, q, n)) for n in range(3)]
    for p in procs:
        p.start()
    items = [q.get() for _ in range(6)]
    for p in procs:
        p.join()
    times = [t for n, t in items if n != "index"]
    print("passed together:", max(times) - min(times) < 0.05)
    print("indices", sorted(i for n, i in items if n == "index"))

    b2 = multiprocessing.Barrier(2, timeout=0.1)
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        print("broken after timeout:", b2.broken)
    b2.reset()
    print("reset:", b2.broken)
