import threading
r = threading.RLock()
print(type(r).__name__)
r.acquire(); r.acquire()
print("acquired twice")
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with on RLock")
def recurse(n):
    with r:
        return 0 if n == 0 else 1 + recurse(n - 1)
print("recursion depth:", recurse(5))
r.acquire()
def foreign_release():
    try:
        r.release()
    except RuntimeError as e:
        print("other thread RuntimeError:", e)
    print("other thread non-blocking acquire:", r.acquire(blocking=False))
t = threading.Thread(target=foreign_release)
t.start(); t.join()
r.release()
t2 = threading.Thread(target=lambda: print("now free:", r.acquire(blocking=False)))
t2.start(); t2.join()
