# Exit codes travel to the parent through the wait status; wait() returns children in the
# order they exit.
import os
import sys
import time

def child(n):
    time.sleep(0.05 * (4 - n))
    if n == 0:
        sys.exit(7)
    if n == 1:
        os._exit(3)
    if n == 2:
        raise SystemExit("bye from 2")
    return 0

pids = {}
for n in range(4):
    pid = os.fork()
    if pid == 0:
        code = child(n)
        os._exit(code)
    pids[pid] = n

for _ in range(4):
    pid, status = os.wait()
    print("child", pids[pid], "exited:", os.WIFEXITED(status), "code", os.WEXITSTATUS(status),
          "signaled:", os.WIFSIGNALED(status), "->", os.waitstatus_to_exitcode(status))
try:
    os.wait()
except ChildProcessError as e:
    print("no more children:", e)
