# throw() raises an exception inside a suspended greenlet; GreenletExit kills it quietly (the
# exception becomes the value switched to the parent); an exception it does not catch comes
# out in the parent; throwing into a greenlet that never started kills it without running it.
from greenlet import greenlet, GreenletExit


def worker():
    try:
        greenlet.getcurrent().parent.switch("waiting")
    except KeyError as e:
        print("worker caught", repr(e))
        greenlet.getcurrent().parent.switch("recovered")
    print("never here")


g = greenlet(worker)
print(g.switch())
print(g.throw(KeyError("k")))
result = g.throw()
print("throw() with no argument:", type(result).__name__, g.dead)

g = greenlet(worker)
g.switch()
try:
    g.throw(ValueError, "bad value")
except ValueError as e:
    print("propagated", e, g.dead)

ran = []
fresh = greenlet(lambda: ran.append("ran"))
print(type(fresh.throw(GreenletExit)).__name__, fresh.dead, ran)
fresh = greenlet(lambda: ran.append("ran"))
try:
    fresh.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted throw raised", e, fresh.dead, ran)
print(issubclass(GreenletExit, BaseException), issubclass(GreenletExit, Exception))
