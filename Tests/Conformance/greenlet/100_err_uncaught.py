# An exception a greenlet does not catch is raised in its parent at the switch; uncaught
# there, it ends the program.
from greenlet import greenlet


def child():
    print("child runs")
    raise ZeroDivisionError("in the child")


g = greenlet(child)
g.switch()
print("not reached")
