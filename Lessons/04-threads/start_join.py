# Starting threads, waiting for them with join, and a daemon thread.
import threading
import time

start = time.perf_counter()


def now():
    return f"{time.perf_counter() - start:.1f}s"


def download(page, seconds):
    time.sleep(seconds)  # stands in for waiting on the network
    print(f"{now()} {page} done in {threading.current_thread().name}")


class Downloader(threading.Thread):  # or: subclass and write run()
    def __init__(self, page, seconds):
        super().__init__(name=f"loader-{page}")
        self.page = page
        self.seconds = seconds

    def run(self):  # start() calls run() in the new thread
        download(self.page, self.seconds)


threads = [
    threading.Thread(target=download, args=("a.html", 0.3)),
    threading.Thread(target=download, args=("b.html", 0.1)),
    Downloader("c.html", 0.2),
]
for t in threads:
    t.start()  # waits only until the thread is running
print(f"{now()} all started, {threading.active_count()} threads alive")
for t in threads:
    t.join()  # wait until this thread has finished
print(f"{now()} all joined: three 0.1-0.3s waits overlapped")


def heartbeat():
    while True:  # never ends on its own
        print(f"{now()} beat")
        time.sleep(0.2)


beats = threading.Thread(target=heartbeat, daemon=True)
beats.start()
time.sleep(0.5)
print(f"{now()} main ends; the daemon thread is stopped with it")
