# nondeterministic: a challenge; the learner schedules the two threads.
# "Boolean flags are enough for everyone": a thread waits while the flag is
# up, raises it, and enters. Can both get in?
import threading

flag = False


def worker():
    global flag
    while flag:
        pass
    flag = True
    print("in the critical section")  # critical section
    flag = False


a = threading.Thread(target=worker, name="A")
b = threading.Thread(target=worker, name="B")
a.start()
b.start()
a.join()
b.join()
