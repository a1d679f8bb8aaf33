# How a process ends, and what its exitcode says afterwards.
import sys
import time
from multiprocessing import Process


def finish():
    pass  # returning normally: exit code 0


def give_up():
    sys.exit(3)  # ends this process only, with code 3


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
    stuck.join(timeout=0.25)  # gives up waiting after 0.25 s
    print("join timed out; alive:", stuck.is_alive(), stuck.exitcode)
    stuck.terminate()  # sends SIGTERM
    stuck.join()
    print("terminated; alive:", stuck.is_alive(), stuck.exitcode)

    helper = Process(target=forever, args=("daemon ticks",),
                     daemon=True)
    helper.start()
    time.sleep(0.25)
    print("main ends; the daemon is terminated with it")
