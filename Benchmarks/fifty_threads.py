# Fifty threads that sleep and are joined (the course starts 50 threads at once).
import threading
import time

done = []


def nap(i):
    time.sleep(0.05)
    done.append(i)


threads = [threading.Thread(target=nap, args=(i,)) for i in range(50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(done), sorted(done) == list(range(50)))
