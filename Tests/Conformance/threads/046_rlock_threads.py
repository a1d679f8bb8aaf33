# An RLock belongs to the thread that took it: others wait for it and cannot release it;
# a plain Lock may be released by any thread.
import threading
import time

r = threading.RLock()
plain = threading.Lock()
log = []


def intruder():
    try:
        r.release()
    except RuntimeError as e:
        log.append(f"release: {e}")
    log.append(f"owned: {r._is_owned()}")
    log.append(f"try: {r.acquire(False)}")
    log.append(f"timed: {r.acquire(timeout=0.05)}")
    plain.release()
    log.append("released the main thread's plain lock")
    with r:
        log.append(f"got it: {r._is_owned()}")


r.acquire()
r.acquire()
plain.acquire()
t = threading.Thread(target=intruder)
t.start()
time.sleep(0.2)
print(plain.locked(), r._is_owned())
r.release()
time.sleep(0.1)
print("still held once:", "got it: True" in log)
r.release()
t.join()
print("\n".join(log))
