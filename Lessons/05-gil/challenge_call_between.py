# nondeterministic: a challenge; you schedule the two threads.
# Under the GIL, CPython 3.11 switches threads only at calls and loop
# back-edges, so `counter = counter + 1` cannot be split. Here the
# right-hand side calls a function between reading counter and writing
# it back. Make the program print counter = 1.
import threading

counter = 0


def one():
    return 1


def add():
    global counter
    counter = counter + one()


a = threading.Thread(target=add, name="A")
b = threading.Thread(target=add, name="B")
a.start()
b.start()
a.join()
b.join()
print("counter =", counter)
