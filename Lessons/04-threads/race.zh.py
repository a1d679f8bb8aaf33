# nondeterministic: 丢失多少次更新取决于调度。
# 十个线程各自给共享的 balance 加 1，每个加 20 次，先不加锁、
# 再加锁。读和写被分开，中间隔着一次 sleep
# （想象一次很慢的数据库往返），别的线程就能插进来。
import threading
import time

balance = 0
lock = threading.Lock()


def deposit_unsafe():
    global balance
    for _ in range(20):
        seen = balance  # 读
        time.sleep(0.001)  # 别的线程可以在这里运行……
        balance = seen + 1  # ……而这次写入抹掉了它的更新


def deposit_safe():
    global balance
    for _ in range(20):
        with lock:  # 读和写进行时，里面没有别的线程
            seen = balance
            time.sleep(0.001)
            balance = seen + 1


for work in (deposit_unsafe, deposit_safe):
    balance = 0
    threads = [threading.Thread(target=work) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{work.__name__}: balance {balance}, expected 200")
