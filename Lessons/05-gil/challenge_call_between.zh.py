# nondeterministic: 这是一个挑战；两个线程由你来调度。
# 在 GIL 之下，CPython 3.11 只在函数调用和循环回跳处切换线程，
# 所以 `counter = counter + 1` 无法被拆开。
# 这里等号右边在读出 counter 和写回之间调用了一个函数。
# 让程序输出 counter = 1。
import threading

counter = 0


def one():
    return 1


def add():
    global counter
    counter = counter + one()


a = threading.Thread(target=add, name="A")
b = threading.Thread(target=add, name="B")
a.start()
b.start()
a.join()
b.join()
print("counter =", counter)
