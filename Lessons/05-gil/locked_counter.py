# The same racy update as call_between.py, now under a user lock:
# the result is exact on every Python, with or without a GIL.
import threading

counter = 0
lock = threading.Lock()


def one():
    return 1


def work(n):
    global counter
    for _ in range(n):
        with lock:  # nobody else can load or store counter in here
            counter = counter + one()


threads = [threading.Thread(target=work, args=(200000,))
           for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter, "of", 2 * 200000)
