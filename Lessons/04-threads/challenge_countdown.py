# nondeterministic: a challenge; you schedule the two workers.
# "Countdown event": each worker counts down once; the last one sets the
# event the main thread waits for. The count is read and written in two
# statements. Make the main thread wait forever.
import threading


class Countdown:
    def __init__(self, count):
        self.count = count
        self.done = threading.Event()

    def signal(self):
        left = self.count - 1
        self.count = left
        if left == 0:
            self.done.set()


countdown = Countdown(2)
workers = [threading.Thread(target=countdown.signal, name=f"W{n}") for n in (1, 2)]
for w in workers:
    w.start()
countdown.done.wait()
print("both workers are done")
