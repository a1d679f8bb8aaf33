# Reference solution of Exercises/*-unsafe-flag/unsafe-flag.py (tests check that it passes).
import threading

loaded = False
config = []


def load_config():
    config.append("settings")


loading = threading.Lock()


def worker(name, seen):
    global loaded
    # The check and the set are one step under the lock: no second thread can pass the check
    # before the first has set the flag.
    with loading:
        if not loaded:
            load_config()
            loaded = True
    seen.append(name)


seen = []
threads = [threading.Thread(target=worker, args=(f"w{i}", seen)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("loads:", len(config))
print("workers:", sorted(seen))
