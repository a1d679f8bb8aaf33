# 只剩一张票，记在一个文件里；四个买家，各在自己的进程里。
# 买家读取余票数，（慢慢地）付款，再把余票数写回去。
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
    time.sleep(0.1)  # 付款：这期间其他买家也在读
    if left > 0:
        write_count(left - 1)
        outcomes.put("bought")
    else:
        outcomes.put("sold out")


def buy_safe(lock, outcomes):
    with lock:  # 跨进程，一次一个买家
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
