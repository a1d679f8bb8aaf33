# greenlet's errors: switching to another thread's greenlet, an exception leaving a greenlet
# (raised in its parent, with both frames in the traceback), throw into one not started.
import threading
from greenlet import greenlet, getcurrent, GreenletExit, error

other = []
made = threading.Event()
done = threading.Event()


def make():
    other.append(greenlet(lambda: "never"))
    other.append(getcurrent())
    made.set()
    done.wait()   # alive while the main thread tries


t = threading.Thread(target=make)
t.start()
made.wait()
try:
    other[0].switch()
except error as e:
    print("error:", str(e).splitlines()[0])
try:
    other[1].switch()
except error as e:
    print("error:", str(e).splitlines()[0])
done.set()
t.join()


def fail(n):
    return 10 // n

g = greenlet(fail)
try:
    g.switch(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError in main:", e, g.dead)

fresh = greenlet(lambda: print("never runs"))
print(type(fresh.throw()).__name__, fresh.dead)
fresh = greenlet(lambda: print("never runs"))
try:
    fresh.throw(ValueError, "thrown")
except ValueError as e:
    print("ValueError:", e, fresh.dead)

def child():
    try:
        getcurrent().parent.switch("ready")
    finally:
        print("child cleanup")

c = greenlet(child)
print(c.switch())
print(type(c.throw(GreenletExit)).__name__, c.dead, bool(c))
print(greenlet(lambda: 5).switch(), getcurrent().parent is None)


class Worker(greenlet):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def run(self, x):
        y = self.parent.switch(self.name + " got " + str(x))
        return y * 2

w = Worker("w1")
print(w.switch(1))
print(w.switch(21), w.dead)
g = greenlet(lambda: 1 / 0)
g.switch()
