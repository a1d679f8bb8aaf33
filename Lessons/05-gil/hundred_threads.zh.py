# 旧教程里的实验：100 个线程各从 num 中减去 1。
# take_one 先睡眠再执行 num -= 1；take_one_slowly 先读取
# num，再睡眠，然后写回读到的值减 1。
import threading
import time

num = 100


def take_one():
    global num
    time.sleep(0.5)  # 每个线程先在这里等待……
    num -= 1  # ……然后加载、相减、存储：中间没有切换点


def take_one_slowly():
    global num
    seen = num  # 读
    time.sleep(0.5)  # 读和写之间的一个切换点
    num = seen - 1  # 写回一个此时已经过时的值


for work in (take_one, take_one_slowly):
    num = 100
    threads = [threading.Thread(target=work) for _ in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{work.__name__}: final num {num}")
