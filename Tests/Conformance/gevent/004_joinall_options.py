# joinall(timeout=) returns the greenlets done by then; count= stops after that many;
# raise_error=True raises the first error as soon as it is seen.
import io
import sys
import gevent


def nap(n):
    gevent.sleep(n)
    return n


def fail(msg, after):
    gevent.sleep(after)
    raise ValueError(msg)


gs = [gevent.spawn(nap, 0.05), gevent.spawn(nap, 0.3), gevent.spawn(nap, 0.15)]
done = gevent.joinall(gs, timeout=0.2)
print("timeout", sorted(g.value for g in done), [g.ready() for g in gs])
gevent.joinall(gs)
gs = [gevent.spawn(nap, 0.1), gevent.spawn(nap, 0.05), gevent.spawn(nap, 0.15)]
done = gevent.joinall(gs, count=2)
print("count", [g.value for g in done])
gevent.joinall(gs)
# The hub prints the errors below on stderr; this program keeps them out of the comparison.
real_stderr = sys.stderr
sys.stderr = io.StringIO()
bad = [gevent.spawn(nap, 0.2), gevent.spawn(fail, "first", 0.05), gevent.spawn(fail, "second", 0.1)]
try:
    gevent.joinall(bad, raise_error=True)
except ValueError as e:
    print("raised", e, [g.ready() for g in bad])
quiet = gevent.joinall(bad)
print("no raise", len(quiet), [type(g.exception).__name__ for g in bad])
sys.stderr = real_stderr
print(gevent.joinall([]))
