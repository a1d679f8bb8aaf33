# nondeterministic: a call between the load and the store of counter
# gives CPython 3.11 a place to switch threads, and updates get lost;
# how many depends on where the switches fall.
import sys
import threading

sys.setswitchinterval(0.0005)  # switch every 0.5 ms instead of 5 ms
counter = 0


def one():
    return 1


def work(n):
    global counter
    for _ in range(n):
        counter = counter + one()  # load counter, CALL one(), store


threads = [threading.Thread(target=work, args=(300000,))
           for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lost = 2 * 300000 - counter
print("counter:", counter, "of", 2 * 300000, "- lost", lost)
