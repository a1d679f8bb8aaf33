# Event 是线程可以等待的旗子：set() 是绿灯，clear() 是
# 红灯。
# 由 Timer 切换红绿灯；汽车是线程，红灯时等待。
import threading
import time

green = threading.Event()  # 初始未设置：红灯
start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def turn_green():
    print(f"{now()} light: GREEN")
    green.set()  # 唤醒所有在等它的汽车


def turn_red():
    print(f"{now()} light: RED")
    green.clear()  # 从现在起到达的汽车都要等


def car(number, arrives):
    time.sleep(arrives)
    if not green.is_set():
        print(f"{now()} car {number} stops at red")
        green.wait()  # 阻塞到 set()；绿灯时立即返回
    print(f"{now()} car {number} drives through")


timers = [
    threading.Timer(0.2, turn_green),  # 0.2s 后调用一次 turn_green()
    threading.Timer(0.5, turn_red),
    threading.Timer(0.7, turn_green),
]
cars = [
    threading.Thread(target=car, args=(n, arrives))
    for n, arrives in [(1, 0.1), (2, 0.3), (3, 0.6)]
]
forgotten = threading.Timer(0.4, print, args=("never printed",))
for t in timers + cars + [forgotten]:
    t.start()
forgotten.cancel()  # Timer 在触发前可以取消
for t in timers + cars:
    t.join()
print(f"{now()} all cars through")
