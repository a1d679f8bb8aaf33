# An orphan: its parent ends first, and another process adopts it.
import os
import time

pid = os.fork()
if pid == 0:  # the middle process: it forks once more and leaves
    middle = os.getpid()
    if os.fork() == 0:  # the grandchild
        print("grandchild: parent is middle:", os.getppid() == middle,
              flush=True)
        time.sleep(0.2)  # meanwhile the middle process exits
        print("grandchild: parent is middle:", os.getppid() == middle,
              flush=True)
        print("grandchild: parent is now pid", os.getppid(), flush=True)
        os._exit(0)
    time.sleep(0.1)
    print("middle: exiting without waiting", flush=True)
    os._exit(0)

os.waitpid(pid, 0)  # main reaps the middle process
time.sleep(0.3)  # and stays up until the grandchild is done
print("main: done")
