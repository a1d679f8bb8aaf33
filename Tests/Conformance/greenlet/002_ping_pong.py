# Two greenlets hand control back and forth explicitly: nothing runs unless switched to.
from greenlet import greenlet


def ping(n):
    for i in range(n):
        print("ping", i)
        pong_g.switch(i)
    return "ping done"


def pong(n):
    while True:
        print("pong", n)
        n = ping_g.switch()


ping_g = greenlet(ping)
pong_g = greenlet(pong)
print(ping_g.switch(3))
print(ping_g.dead, pong_g.dead, bool(pong_g))
