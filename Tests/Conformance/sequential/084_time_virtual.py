import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.2)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(round(t1 - t0, 1), round(p1 - p0, 1), round(m1 - m0, 1))
print(t1 >= t0, p1 > p0, m1 > m0)
start = time.perf_counter()
for d in (0.05, 0.1):
    time.sleep(d)
print(round(time.perf_counter() - start, 1))
time.sleep(0)
print(type(time.time()).__name__, type(time.perf_counter()).__name__)
print(time.monotonic() - m0 >= 0.3)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
