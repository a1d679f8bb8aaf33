import threading, time
sem = threading.Semaphore(2)
active = 0
peak = 0
count_lock = threading.Lock()
def job(i):
    global active, peak
    with sem:
        with count_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with count_lock:
            active -= 1
threads = [threading.Thread(target=job, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak concurrency:", peak)
s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.05))
s.release(); s.release()
print("released twice, now:", s.acquire(False), s.acquire(False), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
z = threading.Semaphore(0)
threading.Thread(target=z.release).start()
print("acquired after other thread released:", z.acquire(timeout=2))
