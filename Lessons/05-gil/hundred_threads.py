# The old tutorials' experiment: 100 threads each take 1 from num.
# take_one sleeps first and then does num -= 1; take_one_slowly reads
# num, sleeps, and writes back what it read minus 1.
import threading
import time

num = 100


def take_one():
    global num
    time.sleep(0.5)  # every thread waits here first...
    num -= 1  # ...then load, subtract, store: no switch point inside


def take_one_slowly():
    global num
    seen = num  # read
    time.sleep(0.5)  # a switch point between the read and the write
    num = seen - 1  # write back a value that is out of date by now


for work in (take_one, take_one_slowly):
    num = 100
    threads = [threading.Thread(target=work) for _ in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{work.__name__}: final num {num}")
