# A child that has exited stays in the process table, a zombie, until
# its parent collects its exit status with wait().
import os
import time

pid = os.fork()
if pid == 0:
    os._exit(3)  # the child ends at once

time.sleep(0.3)  # the parent is busy; the child is a zombie meanwhile
got, status = os.waitpid(pid, os.WNOHANG)  # WNOHANG: never wait
print("0.3s later the status is still kept:", got == pid)
print("exit code", os.waitstatus_to_exitcode(status))
try:
    os.waitpid(pid, 0)  # the zombie was reaped: nothing is left
except ChildProcessError as error:
    print("asked again:", error)
