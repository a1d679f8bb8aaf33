# One ticket left, kept in a file; four buyers, each in its own process.
# A buyer reads the count, pays (slowly), then writes the count back.
import json
import os
import time
from multiprocessing import Lock, Process, Queue

FILE = "tickets.json"


def read_count():
    with open(FILE) as f:
        return json.load(f)["count"]


def write_count(count):
    with open(FILE, "w") as f:
        json.dump({"count": count}, f)


def buy_unsafe(lock, outcomes):
    left = read_count()
    time.sleep(0.1)  # paying: the other buyers read meanwhile
    if left > 0:
        write_count(left - 1)
        outcomes.put("bought")
    else:
        outcomes.put("sold out")


def buy_safe(lock, outcomes):
    with lock:  # one buyer at a time, across processes
        buy_unsafe(lock, outcomes)


if __name__ == "__main__":
    for buy in (buy_unsafe, buy_safe):
        write_count(1)
        lock = Lock()
        outcomes = Queue()
        buyers = [Process(target=buy, args=(lock, outcomes))
                  for _ in range(4)]
        for b in buyers:
            b.start()
        results = [outcomes.get() for _ in buyers]
        for b in buyers:
            b.join()
        print(f"{buy.__name__}: {results.count('bought')} bought,",
              f"{results.count('sold out')} sold out,",
              f"{read_count()} left in the file")
    os.remove(FILE)
