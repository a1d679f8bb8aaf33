class Counter:
    instances = 0
    shared = []
    def __init__(self):
        Counter.instances += 1
        self.own = []
c1, c2 = Counter(), Counter()
print(Counter.instances, c1.instances)
c1.shared.append("x")
print(c2.shared, c1.own is c2.own)
c1.instances = 100
print(c1.instances, c2.instances, Counter.instances)
del c1.instances
print(c1.instances)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
s = Slotted(1, 2)
print(s.a, s.b, Slotted.__slots__)
s.a = 10
print(s.a + s.b)
class Config:
    DEBUG = False
    LEVEL = "info"
print(Config.DEBUG, getattr(Config, "LEVEL"))
Config.LEVEL = "warn"
print(Config().LEVEL)
setattr(Config, "NEW", 1)
print(Config.NEW, hasattr(Config, "nope"))
class Sub(Config):
    DEBUG = True
print(Sub.DEBUG, Sub.LEVEL, Config.DEBUG)
