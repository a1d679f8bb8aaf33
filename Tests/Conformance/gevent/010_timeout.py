# Timeout: raised in the greenlet that started it; as a context manager (False silences its own
# expiry), with a custom exception, start_new/cancel, with_timeout, and str/pending.
import gevent
from gevent import Timeout

with Timeout(0.05, False):
    gevent.sleep(1)
    print("not reached")
print("silenced")

try:
    with Timeout(0.05) as t:
        gevent.sleep(1)
except Timeout as e:
    print("caught own:", e is t, str(e), t.pending)


class TooSlow(Exception):
    pass


try:
    with Timeout(0.05, TooSlow("too slow")):
        gevent.sleep(1)
except TooSlow as e:
    print("custom:", e)

t = Timeout.start_new(0.05)
print("pending", t.pending, str(t))
t.cancel()
print("pending", t.pending)
gevent.sleep(0.1)
print("cancelled timeout never fired")

t = Timeout(1)
print(str(t), str(Timeout(2)), repr(str(Timeout())), str(Timeout(1, False)), str(Timeout(1, "msg")))
print(gevent.with_timeout(0.05, gevent.sleep, 1, timeout_value="default"))
print(gevent.with_timeout(1, lambda: "fast"))
try:
    gevent.with_timeout(0.05, gevent.sleep, 1)
except Timeout as e:
    print("with_timeout raised", str(e))


def sleeper():
    with Timeout(0.05):
        gevent.sleep(1)


g = gevent.spawn(sleeper)
import io
import sys
real_stderr = sys.stderr
sys.stderr = io.StringIO()
g.join()
sys.stderr = real_stderr
print("in a greenlet:", type(g.exception).__name__, str(g.exception))
print(isinstance(Timeout(1), BaseException), issubclass(Timeout, Exception))
