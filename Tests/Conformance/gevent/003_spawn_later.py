# spawn_later and start_later start a greenlet after a delay; start() runs it in the next
# loop iteration; a greenlet that is never started never runs.
import time
import gevent

gevent.get_hub()
t0 = time.monotonic()


def say(word):
    print(word, round(time.monotonic() - t0, 1))
    return word


late = gevent.spawn_later(0.3, say, "late")
early = gevent.spawn_later(0.1, say, "early")
g = gevent.Greenlet(say, "manual")
g.start_later(0.2)
never = gevent.Greenlet(say, "never")
print(bool(late), late.started, bool(never), never.started)
gevent.joinall([late, early, g])
print(late.value, early.value, g.value)
now = gevent.Greenlet(say, "now")
now.start()
now.start()
now.join()
print(never.ready(), never.dead, never.value)
try:
    gevent.spawn_later(0.1)
except TypeError as e:
    print("TypeError", repr(str(e)))
try:
    gevent.spawn(42)
except TypeError as e:
    print("TypeError", e)
