# nondeterministic: 这是一个挑战；三个线程由你来调度。
# “信号量”：只有一个许可的信号量每次放一个工作线程进去，但清洁工多
# release 了一次（普通 Semaphore 不会察觉；
# BoundedSemaphore 会）。
# 让两个工作线程同时进入临界区。
import threading

gate = threading.Semaphore(1)


def worker():
    gate.acquire()
    print("working")  # critical section
    gate.release()


def janitor():
    gate.release()


threads = [threading.Thread(target=worker, name="W1"), threading.Thread(target=worker, name="W2"),
           threading.Thread(target=janitor, name="Janitor")]
for t in threads:
    t.start()
for t in threads:
    t.join()
