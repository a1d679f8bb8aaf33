import threading
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i
class Greeter(threading.Thread):
    def __init__(self, who):
        super().__init__(name=f"greeter-{who}")
        self.who = who
    def run(self):
        print(f"{self.name}: hello {self.who}")
workers = [Counter(n) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers])
for who in ["ann", "bob"]:
    g = Greeter(who)
    g.start()
    g.join()
class WithTarget(threading.Thread):
    def run(self):
        print("overridden run ignores target")
w = WithTarget(target=lambda: print("target"))
w.start(); w.join()
print(isinstance(w, threading.Thread), w.is_alive())
