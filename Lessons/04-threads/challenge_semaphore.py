# nondeterministic: a challenge; you schedule the three threads.
# "Semaphores": a semaphore with one permit lets one worker in at a
# time, but the janitor releases it once too often (a plain Semaphore
# does not notice; BoundedSemaphore would). Get both workers into the
# critical section at once.
import threading

gate = threading.Semaphore(1)


def worker():
    gate.acquire()
    print("working")  # critical section
    gate.release()


def janitor():
    gate.release()


threads = [threading.Thread(target=worker, name="W1"), threading.Thread(target=worker, name="W2"),
           threading.Thread(target=janitor, name="Janitor")]
for t in threads:
    t.start()
for t in threads:
    t.join()
