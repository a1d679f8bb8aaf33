# nondeterministic: 这是一个挑战；两个工作线程由你来调度。
# “倒计数事件”：每个工作线程倒数一次；
# 最后一个设置主线程等待的事件。
# 计数用两条语句读出和写回。让主线程永远等下去。
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
