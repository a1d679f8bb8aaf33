# The locked counter as the course writes it: explicit acquire() and release().
import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for _ in range(n):
        lock.acquire()
        counter += 1
        lock.release()


threads = [threading.Thread(target=work, args=(1_000_000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
