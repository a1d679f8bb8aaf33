# nondeterministic: 这是一个挑战；两个线程由你来调度。
# “更复杂的线程”：第一个线程在锁内竖起标志，
# 却在释放锁之后才检查它；
# 第二个线程相信标志能把自己挡在临界区外。让两个线程同时进入临界区。
import threading

lock = threading.Lock()
busy = False


def first():
    global busy
    with lock:
        busy = True
    if busy:
        print("first works")  # critical section
    busy = False


def second():
    if not busy:
        with lock:
            print("second works")  # critical section


one = threading.Thread(target=first, name="First")
two = threading.Thread(target=second, name="Second")
one.start()
two.start()
one.join()
two.join()
