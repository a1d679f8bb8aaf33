import threading

counter = 0

def worker(n):
    global counter
    for _ in range(n):
        counter += 1

threads = [threading.Thread(target=worker, args=(1000000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

if __name__ == "__main__":
    print("main")
