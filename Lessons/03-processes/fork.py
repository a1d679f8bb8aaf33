# os.fork() returns twice: 0 in the child, and the child's pid in
# the parent. Each process then has its own copy of every variable.
import os

money = 100
print("before fork: one process", flush=True)

pid = os.fork()  # from here on, two processes run this code
if pid == 0:
    money = 200  # changes the child's copy only
    print("child: fork returned 0, money =", money, flush=True)
    os._exit(0)  # leave now; do not run the parent's code below

_, status = os.waitpid(pid, 0)  # wait for the child to end
print("parent: fork returned the child's pid:", pid > 0)
print("parent: money =", money)
print("parent: child exit code", os.waitstatus_to_exitcode(status))
