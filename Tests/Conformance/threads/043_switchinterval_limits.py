# sys.setswitchinterval with values no GIL timer can hold. CPython stores the interval as
# `(unsigned long)(1e6 * interval)` microseconds: inf and values past 2**64 us read back as
# 0.0, NaN as 2**63 us, sub-microsecond ones as 0.0 (the GIL then waits 1 us), and the
# threads keep switching. (With NaN or 1.8e13, CPython 3.11 threads die in take_gil: not run.)
import sys
import threading

for v in [float('inf'), float('nan'), 1e300, 1.9e13, 1.8e13, 1e10, 1e-7, 1e-6, 1.5e-6, 10**30, 1e-300, 0.005]:
    sys.setswitchinterval(v)
    print(repr(v), '->', repr(sys.getswitchinterval()))

for v in [0, -1, float('-inf'), 'x', None]:
    try:
        sys.setswitchinterval(v)
    except (ValueError, TypeError) as e:
        print(repr(v), '!', type(e).__name__ + ':', e)

counter = 0


def work(n):
    global counter
    for _ in range(n):
        counter += 1


for v in [float('inf'), 1e300, 1e-7]:
    sys.setswitchinterval(v)
    counter = 0
    threads = [threading.Thread(target=work, args=(20000,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print('interval', repr(v), 'counter', counter)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
