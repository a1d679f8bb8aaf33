# nondeterministic: 这是一个挑战；两个线程由你来调度。
# “糊涂的计数器”：两个线程都先数 a 再数 b，
# 所以都结束后 a == b。
# 中间的检查认定 a 和 b 同步变化。让断言失败。
import threading

a = 0
b = 0


def count():
    global a, b
    seen = a
    a = seen + 1
    seen = b
    b = seen + 1
    if a == 2:
        assert b == 2, "a is 2 but b is not"


first = threading.Thread(target=count, name="First")
second = threading.Thread(target=count, name="Second")
first.start()
second.start()
first.join()
second.join()
print("a =", a, "b =", b)
