# threading.Timer with intervals no clock can hold: NaN and negative intervals fire at once
# (Event.wait only polls), an infinite one kills the timer thread with CPython's OverflowError
# (printed as "Exception in thread ..."), and the main thread carries on.
import threading

fired = []


def fire(name):
    fired.append(name)
    print('fired', name)


for interval in [float('nan'), -5, 0]:
    t = threading.Timer(interval, fire, args=[repr(interval)])
    t.start()
    t.join()
    print('joined', repr(interval), t.is_alive())

t = threading.Timer(float('inf'), fire, args=['inf'])
t.start()
t.join()
print('joined inf', t.is_alive(), fired)

t = threading.Timer(1e300, fire, args=['never'])
t.cancel()
t.start()
t.join()
print('cancelled 1e300 timer ended quietly', fired)
