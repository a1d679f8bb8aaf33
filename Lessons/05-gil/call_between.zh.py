# nondeterministic: counter 的加载和存储之间有一次调用，
# 给了 CPython 3.11 切换线程的机会，于是更新丢失；
# 丢失多少取决于切换落在哪里。
import sys
import threading

sys.setswitchinterval(0.0005)  # 每 0.5 ms 切换一次，而不是 5 ms
counter = 0


def one():
    return 1


def work(n):
    global counter
    for _ in range(n):
        counter = counter + one()  # 加载 counter，CALL one()，存储


threads = [threading.Thread(target=work, args=(300000,))
           for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lost = 2 * 300000 - counter
print("counter:", counter, "of", 2 * 300000, "- lost", lost)
