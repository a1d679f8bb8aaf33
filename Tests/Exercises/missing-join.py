# Reference solution of Exercises/*-missing-join/missing-join.py (tests check that it passes).
import threading

results = []


def work(n):
    total = 0
    for i in range(n):
        total += i
    results.append(total)


threads = [threading.Thread(target=work, args=(100 * (k + 1),)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results:", sorted(results))
