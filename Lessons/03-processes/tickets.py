# One ticket left, four buyers, each in its own process. A buyer reads
# the count, pays (slowly), then writes the count back.
import time
from multiprocessing import Lock, Process, Queue, Value


def buy_unsafe(tickets, lock, outcomes):
    left = tickets.value  # read
    time.sleep(0.1)  # paying: the other buyers read meanwhile
    if left > 0:
        tickets.value = left - 1  # write back
        outcomes.put("bought")
    else:
        outcomes.put("sold out")


def buy_safe(tickets, lock, outcomes):
    with lock:  # one buyer at a time, across processes
        buy_unsafe(tickets, lock, outcomes)


if __name__ == "__main__":
    for buy in (buy_unsafe, buy_safe):
        tickets = Value("i", 1, lock=False)  # an int in shared memory
        lock = Lock()
        outcomes = Queue()
        buyers = [Process(target=buy, args=(tickets, lock, outcomes))
                  for _ in range(4)]
        for b in buyers:
            b.start()
        results = [outcomes.get() for _ in buyers]
        for b in buyers:
            b.join()
        print(f"{buy.__name__}: {results.count('bought')} bought,",
              f"{results.count('sold out')} sold out,",
              f"{tickets.value} left")
