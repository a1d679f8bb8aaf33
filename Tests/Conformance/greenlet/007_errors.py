# greenlet's errors: a parent that is not a greenlet, a cyclic parent chain, a greenlet of
# another thread (cannot be switched to); an uncaught exception goes to the parent.
import threading
from greenlet import greenlet, getcurrent, error

print(issubclass(error, Exception))
g = greenlet(lambda: None)
try:
    g.parent = "not a greenlet"
except TypeError:
    print("TypeError")
a = greenlet(lambda: None)
b = greenlet(lambda: None, parent=a)
try:
    a.parent = b
except ValueError as e:
    print("ValueError", e)

box = {}
made = threading.Event()
release = threading.Event()


def in_thread():
    box["g"] = greenlet(lambda: "other thread")
    made.set()
    release.wait()


t = threading.Thread(target=in_thread)
t.start()
made.wait()
try:
    box["g"].switch()
except error as e:
    print("error", str(e).split("\n")[0])
release.set()
t.join()


def fails():
    raise LookupError("from the child")


try:
    greenlet(fails).switch()
except LookupError as e:
    print("parent got", repr(e))
