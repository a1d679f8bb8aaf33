# nondeterministic: 这是一个挑战；两个线程由你来调度。
# “手动重置事件”：
# 发信号的线程 set 之后立刻 clear，只“闪”一下。
# 还没开始等待的线程会错过它。让等待者永远等下去。
import threading

ready = threading.Event()


def signaller():
    ready.set()
    ready.clear()


def waiter():
    ready.wait()
    print("the waiter saw the signal")


w = threading.Thread(target=waiter, name="Waiter")
s = threading.Thread(target=signaller, name="Signaller")
w.start()
s.start()
w.join()
s.join()
