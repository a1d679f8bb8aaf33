# Reference solution of Exercises/*-race/race.py (tests check that it passes).
import threading

counter = 0


def log_step():
    pass


lock = threading.Lock()


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
print(counter)
