# The hub is a greenlet of its own: greenlets' parent, child of the main greenlet. Waiting in
# the main greenlet switches to it; a wait nothing can end raises LoopExit; blocking inside
# the hub (a callback) is refused.
import gevent
from greenlet import greenlet, getcurrent
from gevent.event import Event
from gevent.hub import LoopExit, Hub

hub = gevent.get_hub()
main = getcurrent()
print(isinstance(hub, greenlet), isinstance(hub, Hub), hub is gevent.get_hub())
print(hub.parent is main, main.parent is None, bool(hub))


def where():
    me = getcurrent()
    return me.parent is hub, me is not main, gevent.getcurrent() is me


print(gevent.spawn(where).get())
print(gevent.getcurrent() is main)
try:
    Event().wait()
except LoopExit as e:
    print("LoopExit:", type(e).__name__, isinstance(e, Exception), str(e).split("\n")[0])
print("main goes on after LoopExit")
print(gevent.wait(), gevent.wait([]))
results = []


def in_callback():
    try:
        gevent.sleep(0.01)
    except Exception as e:
        results.append(type(e).__name__)


hub.loop.run_callback(in_callback)
gevent.sleep(0)
print(results)
raw = gevent.spawn_raw(lambda a, b=0: results.append(a + b), 1, b=2)
gevent.sleep(0)
print(results, raw.dead, isinstance(raw, greenlet))
