# A greenlet's state: bool() is True only while started and not dead; dead after run returns;
# parent defaults to the greenlet that made it; run is the function; getcurrent() is the
# running greenlet; the main greenlet has no parent. Switching to a dead greenlet goes to its
# parent.
from greenlet import greenlet, getcurrent

main = getcurrent()
print(main.parent is None, bool(main), main.dead)
seen = []


def body():
    me = getcurrent()
    seen.append((me is g, bool(me), me.dead, me.parent is main))
    main.switch("paused")
    return "returned"


g = greenlet(body)
print(bool(g), g.dead, g.run is body, g.parent is main)
print(g.switch(), seen)
print(bool(g), g.dead)
print(g.switch())
print(bool(g), g.dead)
print("switch to dead:", repr(g.switch("to the parent")))


def make_child():
    inner = greenlet(lambda: "inner done")
    return inner.parent is outer, inner.switch()


outer = greenlet(make_child)
print(outer.switch())
adopted = greenlet(lambda: getcurrent().parent is outer, parent=outer)
print(adopted.parent is outer)
