import threading
ready = threading.Event()
def waiter():
    print("waiter: waiting for the ready event")
    ready.wait()
    print("never printed")
t = threading.Thread(target=waiter, name="waiter")
t.start()
print("main: joining the waiter, but nobody will ever set the event")
t.join()
