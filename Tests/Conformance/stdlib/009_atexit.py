# atexit: hooks run after the main code and after non-daemon threads, last registered first.
import atexit
import threading
import time

def bye(name, punct="!"):
    print("bye", name + punct)

atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")

@atexit.register
def decorated():
    print("decorated hook runs first")

def removed():
    print("never printed")
atexit.register(removed)
atexit.unregister(removed)

def worker():
    time.sleep(0.05)
    print("worker done")
threading.Thread(target=worker).start()

class Failing:
    def __call__(self):
        raise ValueError("hook failed")
    def __repr__(self):
        return "Failing()"
atexit.register(Failing())
print("main done")
