# Two greenlets passing control back and forth with switch(). Nothing
# switches unless the code says so; a value can travel with a switch.
from greenlet import greenlet


def ping(n):
    print("ping starts with", n)
    n = gpong.switch(n + 1)  # into pong; back here when it switches
    print("ping got", n)
    n = gpong.switch(n + 1)
    print("ping got", n)
    return "ping finished"


def pong(n):
    print("pong starts with", n)
    n = gping.switch(n + 1)
    print("pong got", n)
    gping.switch(n + 1)
    print("pong never gets here")


gping = greenlet(ping)
gpong = greenlet(pong)
# when ping returns, its value goes to its parent, the main greenlet
print("main gets", gping.switch(1))
print("ping dead:", gping.dead, " pong dead:", gpong.dead)
