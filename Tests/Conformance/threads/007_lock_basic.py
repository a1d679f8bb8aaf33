import threading
lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
lock.release()
print(lock.locked())
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
counter = 0
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print(lock.acquire(blocking=False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.05))
def release_from_other():
    lock.release()
    print("released by another thread")
r = threading.Thread(target=release_from_other)
r.start(); r.join()
print(lock.locked())
