# Two threads each add 1 to a global counter 500,000 times, no lock.
# Try it in the tutor with: --switch-points every  (or press m)
import threading

counter = 0


def work(n):
    global counter
    for _ in range(n):
        counter += 1  # load, add, store: 3.11 never switches inside


threads = [threading.Thread(target=work, args=(500000,))
           for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter, "of", 2 * 500000)
