# Event wakes every waiter when set, in the order they waited; wait(timeout) returns the flag.
# AsyncResult carries one value or exception to every get(); it is a link target too.
import io
import sys
import gevent
from gevent.event import Event, AsyncResult

ev = Event()


def waiter(name):
    print(name, "waits")
    print(name, "woke", ev.wait())


gs = [gevent.spawn(waiter, n) for n in ("a", "b", "c")]
gevent.sleep(0.01)
print("set")
ev.set()
print("set returns before anyone wakes", ev.is_set())
gevent.joinall(gs)
print(ev.wait(), ev.ready())
ev.clear()
print(ev.is_set(), ev.wait(timeout=0.01))

ar = AsyncResult()
print(ar.ready(), ar.value, ar.successful())
gevent.spawn_later(0.01, ar.set, "result")
print(ar.get(), ar.ready(), ar.successful(), ar.value, ar.wait())
ar2 = AsyncResult()
try:
    ar2.get(timeout=0.01)
except gevent.Timeout:
    print("get timed out")
try:
    ar2.get(block=False)
except gevent.Timeout:
    print("not ready")
print(ar2.wait(timeout=0.01))
ar2.set_exception(ValueError("nope"))
try:
    ar2.get()
except ValueError as e:
    print("raised", e, ar2.successful(), repr(ar2.exception))
real_stderr = sys.stderr
sys.stderr = io.StringIO()
ar3 = AsyncResult()
gevent.spawn(lambda: 1 / 0).link(ar3)
try:
    ar3.get()
except ZeroDivisionError as e:
    print("linked failure:", e)
ar4 = AsyncResult()
gevent.spawn(lambda: "ok").link(ar4)
print("linked value:", ar4.get())
sys.stderr = real_stderr
