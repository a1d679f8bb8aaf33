# nondeterministic: a call between the load and the store of counter
# gives CPython 3.11 a place to switch threads, and updates get lost.
import threading

counter = 0


def one():
    return 1


def work(n):
    global counter
    for _ in range(n):
        counter = counter + one()  # load counter, CALL one(), store


threads = [threading.Thread(target=work, args=(200000,))
           for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lost = 2 * 200000 - counter
print("counter:", counter, "of", 2 * 200000, "- lost", lost)
