# nondeterministic: with_str 丢失多少次更新，每次都不同。两个线程
# 各把 counter 加 1 共 200,000 次，读和写之间夹着一个调用：先是
# len(log)，再是 str(n)。在 CPython 3.11 上，特化后的 len 调用
# 不检查 eval breaker；str(n) 会检查。
import sys
import threading

sys.setswitchinterval(0.0005)  # 每 0.5 毫秒切换一次，而不是 5 毫秒
log = [1, 2, 3]
counter = 0


def with_len(n):
    global counter
    for _ in range(n):
        seen = counter
        len(log)  # 特化指令：没有检查点
        counter = seen + 1


def with_str(n):
    global counter
    for _ in range(n):
        seen = counter
        str(n)  # 会检查的内置调用：GIL 可能在这里易手
        counter = seen + 1


for work in (with_len, with_str):
    counter = 0
    threads = [threading.Thread(target=work, args=(200000,))
               for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{work.__name__}: lost {2 * 200000 - counter}")
