# A Condition is a lock plus a waiting room: a thread waits, with the
# lock released, until another thread changes the shared state and
# notifies.
import threading
import time

counter = []  # the shared state: dishes ready on the counter
kitchen = threading.Condition()  # guards `counter`
start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def cook(dishes):
    for dish in dishes:
        time.sleep(0.1)  # cooking, without holding the lock
        with kitchen:
            counter.append(dish)
            print(f"{now()} cook: {dish} is ready")
            kitchen.notify()  # wake one waiting thread
    with kitchen:
        counter.append(None)  # "kitchen closed"
        kitchen.notify()


def waiter():
    while True:
        with kitchen:
            # wait() releases the lock while asleep and takes it back
            # before returning; wait_for re-checks the state each time.
            kitchen.wait_for(lambda: len(counter) > 0)
            dish = counter.pop(0)
        if dish is None:
            break
        print(f"{now()} waiter: serving {dish}")


w = threading.Thread(target=waiter)
c = threading.Thread(target=cook, args=(["soup", "rice", "tea"],))
w.start()
c.start()
c.join()
w.join()

try:
    kitchen.notify()  # notify without holding the lock
except RuntimeError as err:
    print("RuntimeError:", err)
