# Threads preempted while they call functions and resume generators: each thread's frames
# (calls, returns, generator resumes and yields) stay its own across switches.
import threading

results = {}


def numbers(n):
    for i in range(n):
        yield i


def scaled(src, k):
    for x in src:
        yield scale(x, k)


def scale(x, k):
    return x * k


def work(name, n, k):
    total = 0
    for v in scaled(numbers(n), k):
        total += v
    results[name] = (total, sum(scale(i, k) for i in numbers(n)))


threads = [threading.Thread(target=work, args=("t%d" % i, 20000 + i, i + 1)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])
