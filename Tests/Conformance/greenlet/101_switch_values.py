# greenlet 3.x: values both ways, dead greenlets pass switches to their parents, throw, GreenletExit.
from greenlet import greenlet, getcurrent, GreenletExit
import greenlet as G
def a(x, y=0):
    print("a got", x, y)
    v = gb.switch("to b")
    print("a resumed with", v)
    return "a done"
def b(v):
    print("b got", v)
    w = ga.switch()
    print("b resumed", w)
    w = ga.switch(1, 2)
    return "b ret"
ga = greenlet(a)
gb = greenlet(b)
print(bool(ga), ga.dead)
r = ga.switch(5, y=6)
print("main got", r, ga.dead, bool(ga), gb.dead)
print(gb.switch(k=1))
print(gb.dead, gb.switch("x"))
print(getcurrent().parent, type(getcurrent()).__name__)
def boom():
    getcurrent().parent.switch("paused")
    raise ValueError("boom")
g = greenlet(boom)
print(g.switch())
try:
    g.switch()
except ValueError as e:
    print("caught", e)
g = greenlet(lambda: getcurrent().parent.switch(1))
g.switch()
print(g.throw())
print(g.dead)
g = greenlet(lambda: 1)
print(repr(g.throw(KeyError("x"))) if False else "")
def thrower():
    try:
        getcurrent().parent.switch()
    except GreenletExit:
        print("exit seen")
        raise
g = greenlet(thrower); g.switch()
res = g.throw()
print(type(res).__name__, g.dead)
g = greenlet(lambda: 1/0)
try:
    g.switch()
except ZeroDivisionError:
    print("ZeroDivisionError caught in main")
print(G.error.__mro__, GreenletExit.__mro__)
print(greenlet(lambda *a, **k: (a, k)).switch(1, 2, z=3))
def echo():
    v = getcurrent().parent.switch()
    while True:
        v = getcurrent().parent.switch(v)
e = greenlet(echo); e.switch()
print(e.switch(), e.switch(1), e.switch(1, 2), e.switch(a=1), e.switch(1, a=2))
print(repr(getcurrent())[:25])
