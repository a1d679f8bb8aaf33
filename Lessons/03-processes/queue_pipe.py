# Processes share no memory, so they send each other copies: a Queue
# for any number of senders, a Pipe between exactly two ends.
import queue
from multiprocessing import Pipe, Process, Queue


def measure(name, size, results):
    results.put((name, size * size))  # pickled, sent, unpickled


def shout(conn):
    while True:
        word = conn.recv()  # waits until the other end sends
        if word is None:
            break
        conn.send(word.upper() + "!")


if __name__ == "__main__":
    wrong = queue.Queue()  # a thread queue: each process gets a copy
    p = Process(target=measure, args=("lost", 2, wrong))
    p.start()
    p.join()
    try:
        wrong.get(timeout=0.2)
    except queue.Empty:
        print("queue.Queue: the child's item never arrived")

    results = Queue()  # a process queue: a pipe underneath
    workers = [Process(target=measure, args=(name, size, results))
               for name, size in [("a", 3), ("b", 4), ("c", 5)]]
    for w in workers:
        w.start()
    got = sorted(results.get() for _ in workers)  # any order: sort
    for w in workers:
        w.join()  # join after the gets: see the hint
    print("Queue:", got)

    here, there = Pipe()  # two connected ends, both ways
    child = Process(target=shout, args=(there,))
    child.start()
    for word in ["hello", "pipe"]:
        here.send(word)
        print("Pipe:", here.recv())
    here.send(None)  # tells the child to stop
    child.join()
