# Exercise: unsafe flag. Three workers share a configuration that must be loaded exactly once;
# a flag says whether it is loaded. Under some schedules it is loaded twice. Make it load once
# every time: it must still print the same lines and still run three workers.
import threading

loaded = False
config = []


def load_config():
    config.append("settings")


def worker(name, seen):
    global loaded
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
