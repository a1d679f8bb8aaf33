# Dunder methods and properties the runtime calls (__eq__, __hash__, __repr__, __iter__,
# __next__, __enter__, property getters) may sleep or wait: the other threads run meanwhile.
import threading
import time

log = []


def note(s):
    log.append(s)


class Slow:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        time.sleep(0.01)
        note("eq %s" % self.v)
        return isinstance(other, Slow) and self.v == other.v

    def __hash__(self):
        time.sleep(0.01)
        note("hash %s" % self.v)
        return hash(self.v)

    def __repr__(self):
        time.sleep(0.01)
        return "Slow(%r)" % self.v


def background():
    for i in range(4):
        note("tick %d" % i)
        time.sleep(0.015)


t = threading.Thread(target=background)
t.start()
print(Slow(1) in [Slow(0), Slow(1)])
print(len({Slow(2), Slow(3)}))
print(str([Slow(4), Slow(5)]))
t.join()
print(log)

ready = threading.Event()


class Gate:
    def __enter__(self):
        ready.wait()
        return "entered"

    def __exit__(self, *exc):
        return False

    @property
    def value(self):
        ready.wait()
        return 42


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        ready.wait()
        self.n -= 1
        return self.n


setter = threading.Timer(0.05, ready.set)
setter.start()
with Gate() as g:
    print(g, Gate().value, list(Countdown(3)))
setter.join()
