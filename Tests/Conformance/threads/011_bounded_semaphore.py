import threading
b = threading.BoundedSemaphore(2)
b.acquire(); b.acquire()
print("two acquired, third non-blocking:", b.acquire(blocking=False))
b.release(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
with b:
    print("inside with")
try:
    threading.BoundedSemaphore(-1)
except ValueError as e:
    print("ValueError:", e)
pool = threading.BoundedSemaphore(1)
log = []
def use(i):
    with pool:
        log.append(i)
threads = [threading.Thread(target=use, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(log)
