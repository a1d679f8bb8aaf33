# nondeterministic: how many updates are lost depends on the scheduling.
# Ten threads each add 1 to a shared balance 20 times, without and then
# with a lock. The read and the write are split, with a sleep between
# them (think: a slow database round trip), which lets other threads in.
import threading
import time

balance = 0
lock = threading.Lock()


def deposit_unsafe():
    global balance
    for _ in range(20):
        seen = balance  # read
        time.sleep(0.001)  # another thread can run here...
        balance = seen + 1  # ...and this write wipes out its update


def deposit_safe():
    global balance
    for _ in range(20):
        with lock:  # read and write happen with nobody else inside
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
