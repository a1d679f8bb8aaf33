import threading
c = threading.Condition()
with c:
    print("wait(0.1):", c.wait(0.1))
    print("wait_for(false, 0.1):", c.wait_for(lambda: False, 0.1))
    print("wait_for(true):", c.wait_for(lambda: True))
    print("wait_for returns the predicate value:", c.wait_for(lambda: "value", 0.1))
ready = False
def setter():
    global ready
    with c:
        ready = True
        c.notify_all()
t = threading.Thread(target=setter)
with c:
    t.start()
    print("woken in time:", c.wait_for(lambda: ready, 2))
t.join()
