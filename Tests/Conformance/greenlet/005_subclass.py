# Subclassing greenlet with a run method: switch() starts it; attributes live on the instance.
from greenlet import greenlet, getcurrent


class Countdown(greenlet):
    def __init__(self, start):
        greenlet.__init__(self)
        self.start = start

    def run(self):
        n = self.start
        while n > 0:
            getcurrent().parent.switch(n)
            n -= 1
        return "liftoff"


c = Countdown(3)
print(isinstance(c, greenlet), c.dead)
while True:
    value = c.switch()
    print(value)
    if c.dead:
        break


class Greeter(greenlet):
    def run(self, name, punct="!"):
        return "hello " + name + punct


print(Greeter().switch("greenlet"), Greeter().switch("you", punct="?"))
