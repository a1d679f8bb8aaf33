# nondeterministic: a challenge; you schedule the two threads.
# "Insufficient lock": every change to i happens under the lock, yet the
# first thread's check still fails for some orders. Make i reach 5
# where the first thread looks.
import threading

lock = threading.Lock()
i = 0


def add_two():
    global i
    for _ in range(3):
        with lock:
            i = i + 2
            assert i != 5, "i is 5"


def take_one():
    global i
    for _ in range(3):
        with lock:
            i = i - 1


first = threading.Thread(target=add_two, name="AddTwo")
second = threading.Thread(target=take_one, name="TakeOne")
first.start()
second.start()
first.join()
second.join()
print("i =", i)
