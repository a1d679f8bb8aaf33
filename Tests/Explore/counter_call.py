# Two threads add to a counter: read it, call a function, write it back. The call is a
# switch point between the read and the write, so an update can be lost.
import threading

counter = 0


def log_step():
    pass


def work():
    global counter
    for _ in range(100):
        value = counter
        log_step()
        counter = value + 1


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counter == 200, f"lost updates: counter is {counter}"
print(counter)
