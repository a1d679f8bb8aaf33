# A process stopped by SIGSTOP: its parent sees it with waitpid(WUNTRACED); it runs again
# after SIGCONT, its sleep having gone on meanwhile.
import os
import signal
import time

t0 = time.time()
pid = os.fork()
if pid == 0:
    for i in range(4):
        time.sleep(0.1)
        print("child tick", i, round(time.time() - t0, 1), flush=True)
    os._exit(3)

time.sleep(0.15)
os.kill(pid, signal.SIGSTOP)
got, status = os.waitpid(pid, os.WUNTRACED)
print("stopped:", got == pid, os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WIFEXITED(status), flush=True)
print("nohang while stopped:", os.waitpid(pid, os.WNOHANG), flush=True)
time.sleep(0.5)
print("parent resumes it at", round(time.time() - t0, 1), flush=True)
os.kill(pid, signal.SIGCONT)
got, status = os.waitpid(pid, 0)
print("exited:", os.WIFEXITED(status), os.WEXITSTATUS(status), round(time.time() - t0, 1))
