# 已经退出的子进程作为僵尸进程留在进程表里，直到父进程
# 用 wait() 取走它的退出状态。
import os
import time

pid = os.fork()
if pid == 0:
    os._exit(3)  # 子进程立刻结束

time.sleep(0.3)  # 父进程在忙；这期间子进程是僵尸进程
got, status = os.waitpid(pid, os.WNOHANG)  # WNOHANG：绝不等待
print("0.3s later the status is still kept:", got == pid)
print("exit code", os.waitstatus_to_exitcode(status))
try:
    os.waitpid(pid, 0)  # 僵尸进程已被回收：什么都不剩了
except ChildProcessError as error:
    print("asked again:", error)
