# The counter of counter_call.py with a lock around the read and the write: no schedule
# loses an update.
import threading

counter = 0
lock = threading.Lock()


def log_step():
    pass


def work():
    global counter
    for _ in range(100):
        with lock:
            value = counter
            log_step()
            counter = value + 1


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counter == 200, f"lost updates: counter is {counter}"
print(counter)
