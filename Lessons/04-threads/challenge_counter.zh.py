# nondeterministic: 这是一个挑战；两个线程由你来调度。
# “简单计数器”：每个线程给计数器加两次 1，
# 每次都用两条语句先读出、再写回（`counter += 1` 底层就是这样执行的）。
# 让程序输出 counter = 3。
import threading

counter = 0


def add_twice():
    global counter
    for _ in range(2):
        seen = counter
        counter = seen + 1


a = threading.Thread(target=add_twice, name="A")
b = threading.Thread(target=add_twice, name="B")
a.start()
b.start()
a.join()
b.join()
print("counter =", counter)
