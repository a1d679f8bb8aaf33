# 两个 greenlet 用 switch() 来回传递控制权。代码不说切换，
# 就不会切换；切换时还可以带上一个值。
from greenlet import greenlet


def ping(n):
    print("ping starts with", n)
    n = gpong.switch(n + 1)  # 进入 pong；它切回来时从这里继续
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
# ping 返回时，返回值交给它的父 greenlet，即主 greenlet
print("main gets", gping.switch(1))
print("ping dead:", gping.dead, " pong dead:", gpong.dead)
