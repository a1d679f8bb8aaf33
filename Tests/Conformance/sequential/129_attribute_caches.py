# Attribute reads, writes and method calls repeated in loops, while the classes change under
# them: every answer must follow the class as it is now, never a remembered one.


class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


points = [Point(i, i + 1) for i in range(4)]
total = 0
for round in range(3):
    for p in points:
        total += p.norm() + p.x
    if round == 0:
        # A property on the class wins over the instance's own attribute from now on.
        Point.x = property(lambda self: 100)
    elif round == 1:
        del Point.x
print("total", total)

# An instance attribute shadows a method of the same name; then it is deleted again.
p = points[0]
seen = []
for step in range(4):
    if step == 1:
        p.norm = lambda: "own"
    if step == 3:
        del p.norm
    seen.append(p.norm())
print(seen)

# A method replaced on the class while a loop calls it.
seen = []
for step in range(3):
    seen.append(points[1].norm())
    Point.norm = lambda self, step=step: ("replaced", step)
print(seen)

# A class attribute, then an instance attribute of the same name, then deleted.
q = Point(1, 2)
kinds = []
for step in range(3):
    kinds.append(q.kind)
    if step == 0:
        q.kind = "own"
    elif step == 1:
        del q.kind
print(kinds)

# __setattr__ added to the class after plain stores ran.
log = []
for step in range(3):
    q.y = step
    if step == 1:
        def loud(self, name, value):
            log.append((name, value))
            object.__setattr__(self, name, value * 10)
        Point.__setattr__ = loud
print(q.y, log)

# Two classes, one name, alternating in one loop.
class A:
    def who(self):
        return "A"
    tag = 1


class B(A):
    def who(self):
        return "B"


out = []
for obj in [A(), B(), A(), B()]:
    out.append((obj.who(), obj.tag))
print(out)

# A key equal to the name but made at run time (not the interned name object).
r = Point(0, 0)
name = "".join(["z", "z"])
setattr(r, name, 7)
acc = 0
for _ in range(3):
    acc += r.zz
    r.zz = acc
print(acc, r.__dict__["zz"], sorted(r.__dict__))

# __getattr__ answers only what is missing.
class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "missing " + name


z = Lazy()
print([z.real, z.other, z.real])

# The loop ends with an attribute that is not there.
class Account:
    def __init__(self):
        self.balance = 0


acct = Account()
for i in range(3):
    acct.balance += i
print(acct.balance)
print(acct.balanse)
