# Subclassing Greenlet: override _run; start() schedules it. name is "Greenlet-N" unless set;
# repr shows the class, the name once it was used, and the function with its arguments.
import gevent
from gevent import Greenlet


class Counter(Greenlet):
    def __init__(self, n):
        Greenlet.__init__(self)
        self.n = n

    def _run(self):
        total = 0
        for i in range(self.n):
            total += i
            gevent.sleep(0)
        return total


def masked(r):
    # repr holds an address: keep the text around it.
    start = r.index(" at 0x")
    end = start + 6
    while end < len(r) and r[end] in "0123456789abcdef":
        end += 1
    return r[:start] + " at ADDR" + r[end:]


c = Counter(5)
c.start()
print(masked(repr(c)))
c.join()
print(c.value, c.successful())


def job(x, y, scale=1):
    return (x + y) * scale


g = Greenlet(job, 1, 2, scale=10)
print(masked(repr(g)))
g.name = "adder"
print(g.name, masked(repr(g)))
g.start()
print(g.get())
print(masked(repr(gevent.spawn(job, "a" * 60, "b"))))
named = Greenlet(job, 1, 1)
print(named.name.startswith("Greenlet-"), masked(repr(named)).startswith('<Greenlet "Greenlet-'))
print(masked(repr(Greenlet(lambda: None))))
