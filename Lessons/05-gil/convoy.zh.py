# nondeterministic: 延迟取决于机器和调度器。
# IO 线程每次要求小睡 1 ms。单独运行时能准时醒来；旁边有
# CPU 密集型线程时，它每次小睡后都得把 GIL 抢回来，可能
# 要等上整整一个切换间隔：这就是护航效应。
import sys
import threading
import time


def io_thread(delays):
    for _ in range(10):
        start = time.perf_counter()
        time.sleep(0.001)  # 释放 GIL；1 ms 后想要回来
        delays.append(time.perf_counter() - start - 0.001)


def cpu_thread(stop):
    x = 0
    while not stop.is_set():  # 纯计算，一直持有 GIL
        x += 1


def average_delay_ms(with_cpu_hog):
    delays = []
    stop = threading.Event()
    hog = threading.Thread(target=cpu_thread, args=(stop,))
    if with_cpu_hog:
        hog.start()
    io = threading.Thread(target=io_thread, args=(delays,))
    io.start()
    io.join()
    stop.set()
    if with_cpu_hog:
        hog.join()
    return 1000 * sum(delays) / len(delays)


print(f"switch interval {sys.getswitchinterval() * 1000:.0f} ms")
print(f"alone:        nap overshoot {average_delay_ms(False):.1f} ms")
print(f"with CPU hog: nap overshoot {average_delay_ms(True):.1f} ms")
sys.setswitchinterval(0.001)
print(f"switch interval {sys.getswitchinterval() * 1000:.0f} ms")
print(f"with CPU hog: nap overshoot {average_delay_ms(True):.1f} ms")
