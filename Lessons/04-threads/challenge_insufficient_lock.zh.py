# nondeterministic: 这是一个挑战；两个线程由你来调度。
# “不够用的锁”：对 i 的每次修改都在锁内，
# 但对某些执行顺序，第一个线程的
# 检查仍会失败。让 i 在第一个线程检查时等于 5。
import threading

lock = threading.Lock()
i = 0


def add_two():
    global i
    for _ in range(3):
        with lock:
            i = i + 2
            assert i != 5, "i is 5"


def take_one():
    global i
    for _ in range(3):
        with lock:
            i = i - 1


first = threading.Thread(target=add_two, name="AddTwo")
second = threading.Thread(target=take_one, name="TakeOne")
first.start()
second.start()
first.join()
second.join()
print("i =", i)
