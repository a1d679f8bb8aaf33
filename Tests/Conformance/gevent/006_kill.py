# kill() raises GreenletExit (or a given exception) in the greenlet and waits for it to die;
# GreenletExit counts as success and becomes the value. Killing one that never ran stops it
# from ever running. killall kills many.
import io
import sys
import gevent
from gevent import GreenletExit


def worker(name):
    try:
        print(name, "working")
        gevent.sleep(10)
        print(name, "never finishes")
    except GreenletExit:
        print(name, "got GreenletExit")
        raise
    finally:
        print(name, "cleans up")


g = gevent.spawn(worker, "w1")
gevent.sleep(0)
g.kill()
print(g.dead, g.successful(), type(g.value).__name__, g.exception)

unstarted = gevent.spawn(worker, "w2")
unstarted.kill()
print(unstarted.dead, unstarted.successful(), type(unstarted.value).__name__)
gevent.sleep(0)

real_stderr = sys.stderr
sys.stderr = io.StringIO()
g = gevent.spawn(worker, "w3")
gevent.sleep(0)
g.kill(RuntimeError("stop"))
print(g.dead, g.successful(), repr(g.exception))
sys.stderr = real_stderr


def stubborn():
    try:
        gevent.sleep(10)
    except GreenletExit:
        print("stubborn ignores the kill")
        gevent.sleep(0.05)
        return "finished anyway"


s = gevent.spawn(stubborn)
gevent.sleep(0)
s.kill(block=False)
print("kill returned", s.dead)
s.join()
print(s.value)

many = [gevent.spawn(worker, "m%d" % i) for i in range(3)]
gevent.sleep(0)
gevent.killall(many)
print([g.dead for g in many])
g = gevent.spawn(worker, "w4")
gevent.sleep(0)
gevent.kill(g)
g.join()
print(g.dead)
