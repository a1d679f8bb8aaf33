# Two-flag "mutual exclusion": each thread waits until the other's flag is down, then raises
# its own. Checking and raising are two steps, so both threads can pass the check before
# either raises its flag (explore with --switch-points every: under 3.11's switch points no
# switch falls between them).
import threading

flags = [False, False]
inside = 0


def worker(me):
    global inside
    other = 1 - me
    for _ in range(3):
        while flags[other]:
            pass
        flags[me] = True
        inside += 1
        assert inside == 1, "both threads are in the critical section"
        inside -= 1
        flags[me] = False


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
