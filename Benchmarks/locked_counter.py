# The classic: two threads, a million locked increments each.
import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=work, args=(1_000_000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
