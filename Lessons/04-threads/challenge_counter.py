# nondeterministic: a challenge; you schedule the two threads.
# "Simple counter": each thread adds 1 to the counter twice, reading it
# and writing it back in two statements (the way `counter += 1` runs
# underneath). Make the program print counter = 3.
import threading

counter = 0


def add_twice():
    global counter
    for _ in range(2):
        seen = counter
        counter = seen + 1


a = threading.Thread(target=add_twice, name="A")
b = threading.Thread(target=add_twice, name="B")
a.start()
b.start()
a.join()
b.join()
print("counter =", counter)
