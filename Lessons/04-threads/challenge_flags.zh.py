# nondeterministic: 这是一个挑战；两个线程由你来调度。
# “布尔标志人人够用”：线程在标志竖起时等待，然后竖起标志、进入。
# 两个线程能同时进去吗？
import threading

flag = False


def worker():
    global flag
    while flag:
        pass
    flag = True
    print("in the critical section")  # critical section
    flag = False


a = threading.Thread(target=worker, name="A")
b = threading.Thread(target=worker, name="B")
a.start()
b.start()
a.join()
b.join()
