# 启动进程的两种方式：一个 target 函数，或者一个自己写了 run()
# 的 Process 子类。start() 在新进程里运行它。
import time
from multiprocessing import Process, current_process

start = time.perf_counter_ns()


def now():
    # 从 start 起经过的十分之一秒数，向下取整：
    # 几毫秒的启动开销不会改变任何一行输出
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    return f"{tenths / 10}s"


def listen(song, seconds):
    print(f"{now()} {current_process().name} plays {song}", flush=True)
    time.sleep(seconds)


class Coder(Process):
    def __init__(self, lines):
        super().__init__(name="coder")
        self.lines = lines

    def run(self):  # start() 在子进程里调用 run()
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
