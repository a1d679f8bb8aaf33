# 进程如何结束，以及结束后它的 exitcode 说明了什么。
import sys
import time
from multiprocessing import Process


def finish():
    pass  # 正常返回：退出码 0


def give_up():
    sys.exit(3)  # 只结束这个进程，退出码 3


def forever(word):
    while True:
        print(word, flush=True)
        time.sleep(0.1)


if __name__ == "__main__":
    for target in (finish, give_up):
        p = Process(target=target)
        p.start()
        p.join()
        print(f"{target.__name__}: exit code {p.exitcode}")

    stuck = Process(target=forever, args=("working",))
    stuck.start()
    stuck.join(timeout=0.25)  # 等 0.25 秒后不再等待
    print("join timed out; alive:", stuck.is_alive(), stuck.exitcode)
    stuck.terminate()  # 发送 SIGTERM
    stuck.join()
    print("terminated; alive:", stuck.is_alive(), stuck.exitcode)

    helper = Process(target=forever, args=("daemon ticks",),
                     daemon=True)
    helper.start()
    time.sleep(0.25)
    print("main ends; the daemon is terminated with it")
