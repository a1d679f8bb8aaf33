# Exercise: race. Two threads each add 100 to a shared counter, but the total comes out short
# under some schedules. Make every update count: the program must still print 200 and still
# do the counting in two threads.
import threading

counter = 0


def log_step():
    pass


def work():
    global counter
    for _ in range(100):
        value = counter
        log_step()
        counter = value + 1


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
