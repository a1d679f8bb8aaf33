# nondeterministic: 这是一个挑战；两个线程由你来调度。
# “条件变量”：等待者在拿到条件变量的锁之前检查标志，
# 通知可能恰好
# 在两者之间发出而丢失。让等待者永远等下去。
import threading

changed = threading.Condition()
ready = False


def waiter():
    if not ready:
        with changed:
            changed.wait()
    print("the waiter goes on")


def notifier():
    global ready
    with changed:
        ready = True
        changed.notify()


w = threading.Thread(target=waiter, name="Waiter")
n = threading.Thread(target=notifier, name="Notifier")
w.start()
n.start()
w.join()
n.join()
