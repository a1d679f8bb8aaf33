# An Event is a flag threads can wait for: set() is green, clear() is
# red.
# Timers switch the light; cars are threads that wait while it is red.
import threading
import time

green = threading.Event()  # starts cleared: red
start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def turn_green():
    print(f"{now()} light: GREEN")
    green.set()  # wakes every car waiting on it


def turn_red():
    print(f"{now()} light: RED")
    green.clear()  # cars arriving from now on will wait


def car(number, arrives):
    time.sleep(arrives)
    if not green.is_set():
        print(f"{now()} car {number} stops at red")
        green.wait()  # blocks until set(); returns at once if green
    print(f"{now()} car {number} drives through")


timers = [
    threading.Timer(0.2, turn_green),  # turn_green() once, in 0.2s
    threading.Timer(0.5, turn_red),
    threading.Timer(0.7, turn_green),
]
cars = [
    threading.Thread(target=car, args=(n, arrives))
    for n, arrives in [(1, 0.1), (2, 0.3), (3, 0.6)]
]
forgotten = threading.Timer(0.4, print, args=("never printed",))
for t in timers + cars + [forgotten]:
    t.start()
forgotten.cancel()  # a Timer can be cancelled before it fires
for t in timers + cars:
    t.join()
print(f"{now()} all cars through")
