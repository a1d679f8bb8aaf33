# WNOHANG polls: (0, 0) while the child runs; once it exits it is a zombie until reaped.
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    os._exit(5)

polls = 0
while True:
    got, status = os.waitpid(pid, os.WNOHANG)
    if got:
        break
    polls += 1
    time.sleep(0.05)
print("polled while running:", polls >= 2)
print("reaped", got == pid, "code", os.WEXITSTATUS(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("second wait:", e)
