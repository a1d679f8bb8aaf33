# sleep(0) yields: the greenlet goes to the back of the ready queue, so three greenlets that
# each sleep(0) between steps interleave round-robin; a greenlet that never yields runs to its end.
import gevent

log = []


def stepper(name, steps):
    for i in range(steps):
        log.append("%s%d" % (name, i))
        gevent.sleep(0)


def hog():
    for i in range(3):
        log.append("hog%d" % i)


gevent.joinall([gevent.spawn(stepper, "a", 3), gevent.spawn(hog), gevent.spawn(stepper, "b", 2),
                gevent.spawn(stepper, "c", 3)])
print(" ".join(log))

log.clear()
g = gevent.spawn(log.append, "ran")
log.append("before")
gevent.sleep(0)
log.append("after")
print(log, g.dead)
gevent.sleep()
print("sleep() with no argument is sleep(0)")
