# nondeterministic: 这是一个挑战；两个线程由你来调度。
# “死锁”：
# 两笔转账以相反的顺序获取两个账户的锁。让它们永远互相等待。
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()


def a_to_b():
    with lock_a:
        with lock_b:
            print("moved money from a to b")


def b_to_a():
    with lock_b:
        with lock_a:
            print("moved money from b to a")


first = threading.Thread(target=a_to_b, name="AtoB")
second = threading.Thread(target=b_to_a, name="BtoA")
first.start()
second.start()
first.join()
second.join()
