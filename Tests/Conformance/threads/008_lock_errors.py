import threading
lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
print(lock.acquire(timeout=-1))
result = []
def try_take():
    result.append(lock.acquire(blocking=False))
    result.append(lock.acquire(timeout=0.1))
t = threading.Thread(target=try_take)
t.start(); t.join()
print("other thread could take it:", result)
lock.release()
try:
    with lock:
        raise ValueError("inside with")
except ValueError as e:
    print("ValueError:", e, "| lock released:", not lock.locked())
