# os.fork() 返回两次：在子进程里返回 0，在父进程里返回子进程的
# pid。此后每个进程都有自己的一份变量副本。
import os

money = 100
print("before fork: one process", flush=True)

pid = os.fork()  # 从这里起，两个进程都运行这段代码
if pid == 0:
    money = 200  # 只改子进程的那份
    print("child: fork returned 0, money =", money, flush=True)
    os._exit(0)  # 立刻退出；不要运行下面父进程的代码

_, status = os.waitpid(pid, 0)  # 等待子进程结束
print("parent: fork returned the child's pid:", pid > 0)
print("parent: money =", money)
print("parent: child exit code", os.waitstatus_to_exitcode(status))
