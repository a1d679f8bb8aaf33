# A Pipe both ways, a process Lock guarding a shared Value, and the lost updates without it.
import multiprocessing as mp


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg.upper())
    conn.close()


def add(v, n, locked):
    for _ in range(n):
        if locked:
            with v.get_lock():
                v.value += 1
        else:
            v.value += 1


if __name__ == "__main__":
    a, b = mp.Pipe()
    c = mp.Process(target=echo, args=(b,))
    c.start()
    for word in ["ping", "pong"]:
        a.send(word)
        print(a.recv())
    a.send(None)
    c.join()
    print("echo exit", c.exitcode)

    counter = mp.Value('i', 0)
    ws = [mp.Process(target=add, args=(counter, 500, True)) for _ in range(4)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print("with the lock:", counter.value)

    lock = mp.Lock()
    print(lock.acquire(), lock.acquire(False))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)
