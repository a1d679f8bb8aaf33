# nondeterministic: 这是一个挑战；两个线程由你来调度。
# 先检查再行动：每次取款都先检查余额、
# 记日志（一次调用，GIL 可能在此易手），再取钱。
# 让余额变成负数：输出 balance = -100。
import threading

balance = 100


def log(text):
    return text


def withdraw():
    global balance
    if balance >= 100:
        log("approved")
        balance = balance - 100


a = threading.Thread(target=withdraw, name="A")
b = threading.Thread(target=withdraw, name="B")
a.start()
b.start()
a.join()
b.join()
print("balance =", balance)
