# 只剩一张票，四个买家，各在自己的进程里。买家读取余票数，
# （慢慢地）付款，再把余票数写回去。
import time
from multiprocessing import Lock, Process, Queue, Value


def buy_unsafe(tickets, lock, outcomes):
    left = tickets.value  # 读
    time.sleep(0.1)  # 付款：这期间其他买家也在读
    if left > 0:
        tickets.value = left - 1  # 写回
        outcomes.put("bought")
    else:
        outcomes.put("sold out")


def buy_safe(tickets, lock, outcomes):
    with lock:  # 跨进程，一次一个买家
        buy_unsafe(tickets, lock, outcomes)


if __name__ == "__main__":
    for buy in (buy_unsafe, buy_safe):
        tickets = Value("i", 1, lock=False)  # 共享内存里的一个整数
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
