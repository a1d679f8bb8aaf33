import threading
counter = 0
def increment(n):
    global counter
    for _ in range(n):
        counter += 1
threads = [threading.Thread(target=increment, args=(100000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
