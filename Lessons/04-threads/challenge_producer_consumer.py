# nondeterministic: a challenge; you schedule the four threads.
# "Producer-consumer": a consumer that finds the list empty waits once,
# with `if` where it needs `while`. When it wakes, another consumer may
# have taken the item. Make a consumer pop from an empty list.
import threading

items = []
changed = threading.Condition()


def producer():
    with changed:
        items.append("job")
        changed.notify()


def consumer():
    with changed:
        if not items:
            changed.wait()
        items.pop()


threads = [threading.Thread(target=consumer, name="C1"), threading.Thread(target=consumer, name="C2"),
           threading.Thread(target=producer, name="P1"), threading.Thread(target=producer, name="P2")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("left:", items)
