# Condition 就是一把锁加一个等候室：线程释放锁并等待，
# 直到另一个线程修改了共享状态并发出
# 通知。
import threading
import time

counter = []  # 共享状态：出菜台上做好的菜
kitchen = threading.Condition()  # 保护 `counter`
start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def cook(dishes):
    for dish in dishes:
        time.sleep(0.1)  # 做菜时不持有锁
        with kitchen:
            counter.append(dish)
            print(f"{now()} cook: {dish} is ready")
            kitchen.notify()  # 唤醒一个等待的线程
    with kitchen:
        counter.append(None)  # “厨房打烊了”
        kitchen.notify()


def waiter():
    while True:
        with kitchen:
            # wait() 睡眠时释放锁，返回前再拿回来；
            # wait_for 每次被唤醒都会重新检查状态。
            kitchen.wait_for(lambda: len(counter) > 0)
            dish = counter.pop(0)
        if dish is None:
            break
        print(f"{now()} waiter: serving {dish}")


w = threading.Thread(target=waiter)
c = threading.Thread(target=cook, args=(["soup", "rice", "tea"],))
w.start()
c.start()
c.join()
w.join()

try:
    kitchen.notify()  # 不持有锁就 notify
except RuntimeError as err:
    print("RuntimeError:", err)
