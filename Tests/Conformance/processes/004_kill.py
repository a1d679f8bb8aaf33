# A signal's default action ends the child: the wait status says which signal.
import os
import signal
import time

pid = os.fork()
if pid == 0:
    while True:
        time.sleep(0.01)

time.sleep(0.05)
os.kill(pid, signal.SIGTERM)
got, status = os.waitpid(pid, 0)
print("signaled:", os.WIFSIGNALED(status), "signal", os.WTERMSIG(status), "exited:", os.WIFEXITED(status))
print("exit code", os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    time.sleep(10)
    os._exit(0)
os.kill(pid, signal.SIGKILL)
print("killed:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
try:
    os.kill(pid, 0)
except ProcessLookupError as e:
    print("gone:", e)
