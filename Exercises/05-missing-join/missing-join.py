# Exercise: missing join. Three workers each sum a range and the main thread prints the
# results, but it does not wait for them: it may print before they finish. Make it print
# every result every time: it must still print the same line and still use three workers.
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
print("results:", sorted(results))
