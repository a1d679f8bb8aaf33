# nondeterministic: a challenge; you schedule the two threads.
# "A more complex thread": the first thread raises a flag under the lock
# but looks at it after letting go; the second trusts the flag to keep
# out of the section. Get both into the critical section at once.
import threading

lock = threading.Lock()
busy = False


def first():
    global busy
    with lock:
        busy = True
    if busy:
        print("first works")  # critical section
    busy = False


def second():
    if not busy:
        with lock:
            print("second works")  # critical section


one = threading.Thread(target=first, name="First")
two = threading.Thread(target=second, name="Second")
one.start()
two.start()
one.join()
two.join()
