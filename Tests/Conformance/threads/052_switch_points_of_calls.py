# Which calls are switch points under CPython 3.11's GIL. Two threads do
# `seen = counter; CALL; counter = seen + 1`: updates are lost only if the GIL can change hands
# at that call. 3.11 specialises len(x), isinstance(x, T), type(x) and a discarded
# lst.append(x) into instructions that do not check the eval breaker: no update is lost.
# Other calls check it (str(x) and sorted(x) here; also abs, min, list methods, Python
# functions at their RESUME, though a quick one is rarely where the switch lands).
import sys
import threading

sys.setswitchinterval(0.00001)
log = [1, 2, 3]
counter = 0


def with_len(n):
    global counter
    for _ in range(n):
        seen = counter
        len(log)
        counter = seen + 1


def with_isinstance(n):
    global counter
    for _ in range(n):
        seen = counter
        isinstance(log, list)
        counter = seen + 1


def with_type(n):
    global counter
    for _ in range(n):
        seen = counter
        type(log)
        counter = seen + 1


def with_append(n):
    global counter
    mine = []
    for _ in range(n):
        seen = counter
        mine.append(seen)
        counter = seen + 1


def with_str(n):
    global counter
    for _ in range(n):
        seen = counter
        str(log)
        counter = seen + 1


def with_sorted(n):
    global counter
    for _ in range(n):
        seen = counter
        sorted(log)
        counter = seen + 1


for work in (with_len, with_isinstance, with_type, with_append, with_str, with_sorted):
    counter = 0
    threads = [threading.Thread(target=work, args=(50_000,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{work.__name__:18s}", "exact" if counter == 100_000 else "lost updates")
