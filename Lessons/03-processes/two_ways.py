# Two ways to start a process: a target function, or a subclass of
# Process with its own run(). start() runs it in a new process.
import time
from multiprocessing import Process, current_process

start = time.perf_counter_ns()


def now():
    # tenths of a second since start, rounded down, so that a
    # few milliseconds of start-up never change a line
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    return f"{tenths / 10}s"


def listen(song, seconds):
    print(f"{now()} {current_process().name} plays {song}", flush=True)
    time.sleep(seconds)


class Coder(Process):
    def __init__(self, lines):
        super().__init__(name="coder")
        self.lines = lines

    def run(self):  # start() calls run() in the child
        print(f"{now()} {self.name} writes {self.lines} lines",
              flush=True)
        time.sleep(0.2)


if __name__ == "__main__":
    music = Process(target=listen, args=("a song", 0.4))
    coder = Coder(30)
    print(music.name, music.is_alive(), music.exitcode)
    music.start()
    time.sleep(0.1)
    coder.start()
    time.sleep(0.1)
    print(f"{now()} both alive:", music.is_alive(), coder.is_alive())
    coder.join()
    print(f"{now()} coder done, exit code {coder.exitcode}")
    music.join()
    print(f"{now()} music done, exit code {music.exitcode}")
