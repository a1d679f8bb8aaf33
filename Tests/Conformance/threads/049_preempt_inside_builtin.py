# Python code called by a built-in (a sort key, map, sum over a generator) is preempted at
# the GIL's switch points like any other code: a ticker thread keeps ticking meanwhile
# (each tick waits for a switch interval, here 1 ms, so a 20 ms call sees about 10).
import sys
import threading
import time

sys.setswitchinterval(0.001)

ticks = 0
stop = False


def ticker():
    global ticks
    while not stop:
        time.sleep(0.001)
        ticks += 1


def slow_key(x):
    s = 0
    for i in range(1000):
        s += i
    return -x


def run(label, work):
    global ticks, stop
    ticks = 0
    stop = False
    t = threading.Thread(target=ticker)
    t.start()
    result = work()
    during = ticks
    stop = True
    t.join()
    print(label, result, "ticker ran meanwhile:", during >= 3)


run("sorted key", lambda: sorted(range(800), key=slow_key)[:3])
run("map", lambda: sum(map(slow_key, range(800))))
run("sum(generator)", lambda: sum(slow_key(i) for i in range(800)))
