# 与 call_between.py 相同的竞态更新，现在加上了用户锁：
# 在任何 Python 上、不管有没有 GIL，结果都是精确的。
import threading

counter = 0
lock = threading.Lock()


def one():
    return 1


def work(n):
    global counter
    for _ in range(n):
        with lock:  # 在这里，别人都不能加载或存储 counter
            counter = counter + one()


threads = [threading.Thread(target=work, args=(200000,))
           for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter, "of", 2 * 200000)
