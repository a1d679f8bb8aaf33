# 孤儿进程：它的父进程先结束，由另一个进程收养它。
import os
import time

pid = os.fork()
if pid == 0:  # 中间进程：再 fork 一次，然后离开
    middle = os.getpid()
    if os.fork() == 0:  # 孙进程
        print("grandchild: parent is middle:", os.getppid() == middle,
              flush=True)
        time.sleep(0.2)  # 这期间中间进程退出
        print("grandchild: parent is middle:", os.getppid() == middle,
              flush=True)
        print("grandchild: parent is now pid", os.getppid(), flush=True)
        os._exit(0)
    time.sleep(0.1)
    print("middle: exiting without waiting", flush=True)
    os._exit(0)

os.waitpid(pid, 0)  # 主进程回收中间进程
time.sleep(0.3)  # 并一直等到孙进程完成
print("main: done")
