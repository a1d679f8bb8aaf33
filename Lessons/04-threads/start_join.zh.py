# 启动线程，用 join 等待它们，以及一个守护线程。
import threading
import time

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def download(page, seconds):
    time.sleep(seconds)  # 代替等待网络
    print(f"{now()} {page} done in {threading.current_thread().name}")


class Downloader(threading.Thread):  # 或者：继承并编写 run()
    def __init__(self, page, seconds):
        super().__init__(name=f"loader-{page}")
        self.page = page
        self.seconds = seconds

    def run(self):  # start() 在新线程中调用 run()
        download(self.page, self.seconds)


threads = [
    threading.Thread(target=download, args=("a.html", 0.3)),
    threading.Thread(target=download, args=("b.html", 0.1)),
    Downloader("c.html", 0.2),
]
for t in threads:
    t.start()  # 只等到线程开始运行
print(f"{now()} all started, {threading.active_count()} threads alive")
for t in threads:
    t.join()  # 等待这个线程结束
print(f"{now()} all joined: three 0.1-0.3s waits overlapped")


def heartbeat():
    while True:  # 自己永远不会结束
        print(f"{now()} beat")
        time.sleep(0.2)


beats = threading.Thread(target=heartbeat, daemon=True)
beats.start()
time.sleep(0.5)
print(f"{now()} main ends; the daemon thread is stopped with it")
