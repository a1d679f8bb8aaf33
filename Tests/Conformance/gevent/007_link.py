# link() calls a callback with the dead greenlet, in a greenlet of its own, after it dies (also
# when linked after death); link_value only on success, link_exception only on failure;
# rawlink callbacks run in the hub; unlink removes one.
import io
import sys
import gevent

real_stderr = sys.stderr
sys.stderr = io.StringIO()
events = []


def ok():
    gevent.sleep(0.01)
    return "fine"


def bad():
    gevent.sleep(0.02)
    raise ValueError("bad")


def on_done(g):
    events.append(("done", g.value if g.successful() else repr(g.exception)))


a = gevent.spawn(ok)
b = gevent.spawn(bad)
for g in (a, b):
    g.link(on_done)
    g.link_value(lambda g: events.append(("value", g.value)))
    g.link_exception(lambda g: events.append(("exception", repr(g.exception))))
removed = lambda g: events.append("never")
a.link(removed)
a.unlink(removed)
a.rawlink(lambda g: events.append(("raw", g is a, gevent.getcurrent() is gevent.get_hub())))
gevent.joinall([a, b])
gevent.sleep(0)
for e in events:
    print(e)
events.clear()
a.link(on_done)
print("linked after death:", events)
gevent.sleep(0)
print(events)
sys.stderr = real_stderr
