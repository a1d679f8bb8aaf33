def echo():
    received = None
    while True:
        received = yield f"got {received}"
        if received == "stop":
            return "stopped"
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print("avg", a.send(v))
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield "final " + str(total)
acc = accumulate()
print(acc.send(None), acc.send(5), acc.send(7), next(acc))
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(g2.send(None))
def two():
    x = yield 1
    print("x =", x)
    y = yield 2
    print("y =", y)
t = two()
print(next(t), next(t))
try:
    t.send("last")
except StopIteration as e:
    print("done, value", e.value)
