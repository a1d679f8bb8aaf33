import threading

results = [None] * 4
counter = 0
lock = threading.Lock()


def square(i):
    global counter
    results[i] = i * i
    for _ in range(1000):
        with lock:
            counter += 1


threads = [threading.Thread(target=square, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(results)
print("counter", counter)
