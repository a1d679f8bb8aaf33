import threading
cond = threading.Condition()
items = []
def producer(n):
    for i in range(n):
        with cond:
            items.append(i)
            cond.notify()
        consumed.wait()
        consumed.clear()
consumed = threading.Event()
def consumer_ack(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            item = items.pop(0)
        print("consumed", item)
        consumed.set()
c = threading.Thread(target=consumer_ack, args=(4,))
p = threading.Thread(target=producer, args=(4,))
c.start(); p.start()
p.join(); c.join()
print("left:", items)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)
with cond:
    cond.notify_all()
    print("notify with nobody waiting is fine")
print(type(threading.Condition(threading.Lock())).__name__)
