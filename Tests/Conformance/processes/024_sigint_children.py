# conformance: stderr-message
# SIGINT to children: KeyboardInterrupt by default (a raw child dies of the signal, a
# multiprocessing child exits 1), ignored with SIG_IGN.
import multiprocessing as mp
import os
import signal
import time

def nap():
    time.sleep(5)

if __name__ == "__main__":
    pid = os.fork()
    if pid == 0:
        try:
            time.sleep(5)
        finally:
            print("child finally", flush=True)
    time.sleep(0.1)
    os.kill(pid, signal.SIGINT)
    _, status = os.waitpid(pid, 0)
    print("raw child:", os.WIFSIGNALED(status), os.WIFEXITED(status), os.waitstatus_to_exitcode(status))
    p = mp.Process(target=nap)
    p.start()
    time.sleep(0.1)
    os.kill(p.pid, signal.SIGINT)
    p.join()
    print("mp child exitcode", p.exitcode)
    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        time.sleep(0.3)
        os._exit(5)
    time.sleep(0.1)
    os.kill(pid, signal.SIGINT)
    print("ignored:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
