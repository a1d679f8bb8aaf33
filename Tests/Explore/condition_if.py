# Two consumers wait on a condition with `if` instead of `while`: a consumer that was
# notified may find the item already taken by the other when it gets the lock back.
import threading

items = []
ready = threading.Condition()
taken = []


def consumer():
    with ready:
        if not items:
            ready.wait()
        taken.append(items.pop(0))


def producer():
    for i in range(2):
        with ready:
            items.append(i)
            ready.notify()


threads = [threading.Thread(target=consumer), threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(taken))
