# A Greenlet's outcome: value, exception, successful(), ready(), dead, bool(); get() returns
# the value or raises the error; get(block=False) and get(timeout=) raise Timeout; join(timeout)
# returns quietly.
import io
import sys
import gevent

real_stderr = sys.stderr
sys.stderr = io.StringIO()


def ok():
    gevent.sleep(0.2)
    return 42


def bad():
    raise KeyError("missing")


g1 = gevent.spawn(ok)
g2 = gevent.spawn(bad)
print(g1.ready(), g1.successful(), bool(g1), g1.dead, g1.value, g1.exception)
try:
    g1.get(block=False)
except gevent.Timeout as t:
    print("not ready:", type(t).__name__, repr(str(t)))
try:
    g1.get(timeout=0.01)
except gevent.Timeout as t:
    print("get timeout:", str(t))
print(g1.join(timeout=0.01), g1.ready())
print(g1.get(), g1.ready(), g1.successful(), bool(g1), g1.dead, g1.value, g1.exception)
gevent.joinall([g2])
print(g2.ready(), g2.successful(), bool(g2), g2.dead, g2.value, repr(g2.exception))
try:
    g2.get()
except KeyError as e:
    print("get raised", repr(e))
print(g2.join(), g2.exc_info[0].__name__)
sys.stderr = real_stderr
