# nondeterministic: how many updates with_str loses varies. Two threads
# each add 1 to counter 200,000 times, with a call between the read and
# the write: len(log), then str(n). On CPython 3.11 the specialised call
# of len does not check the eval breaker; str(n) does.
import sys
import threading

sys.setswitchinterval(0.0005)  # switch every 0.5 ms instead of 5 ms
log = [1, 2, 3]
counter = 0


def with_len(n):
    global counter
    for _ in range(n):
        seen = counter
        len(log)  # specialised: no check point
        counter = seen + 1


def with_str(n):
    global counter
    for _ in range(n):
        seen = counter
        str(n)  # a built-in call that checks: the GIL may move here
        counter = seen + 1


for work in (with_len, with_str):
    counter = 0
    threads = [threading.Thread(target=work, args=(200000,))
               for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{work.__name__}: lost {2 * 200000 - counter}")
