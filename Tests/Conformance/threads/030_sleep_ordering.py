import threading, time
def sleeper(name, delay):
    time.sleep(delay)
    print(name, "woke after", delay)
threads = [threading.Thread(target=sleeper, args=(n, d)) for n, d in [("C", 0.3), ("A", 0.1), ("B", 0.2)]]
start = time.monotonic()
for t in threads:
    t.start()
print("all started")
for t in threads:
    t.join()
print("elapsed about", round(time.monotonic() - start, 1))
