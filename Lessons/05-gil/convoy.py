# nondeterministic: latencies depend on the machine and the scheduler.
# An IO thread asks for 1 ms naps. Alone it gets them on time; next to
# a CPU-bound thread it must win the GIL back after each nap, and may
# wait up to a whole switch interval for it: the convoy effect.
import sys
import threading
import time


def io_thread(delays):
    for _ in range(10):
        start = time.perf_counter()
        time.sleep(0.001)  # releases the GIL; wants it back in 1 ms
        delays.append(time.perf_counter() - start - 0.001)


def cpu_thread(stop):
    x = 0
    while not stop.is_set():  # pure computation, holds the GIL
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
