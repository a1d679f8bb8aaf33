# Signal handlers run in the main thread of the receiving process: os.kill to itself, SIGCHLD
# from a child, SIG_IGN/SIG_DFL, getsignal, KeyboardInterrupt for SIGINT, Process.terminate()
# running the child's SIGTERM handler, a sleep going on after a handler or ended by one.
import multiprocessing
import os
import signal
import sys
import time

def on_term(signum, frame):
    print("handler got", signum)

print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
old = signal.signal(signal.SIGTERM, on_term)
print("old", old, signal.getsignal(signal.SIGTERM) is on_term)
os.kill(os.getpid(), signal.SIGTERM)
print("after kill")

# SIGCHLD from a child's exit
got = []
signal.signal(signal.SIGCHLD, lambda s, f: got.append(s))
pid = os.fork()
if pid == 0:
    os._exit(4)
time.sleep(0.05)
print("sigchld", got)
print(os.WEXITSTATUS(os.waitpid(pid, 0)[1]))

# SIG_IGN
signal.signal(signal.SIGTERM, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGTERM)
print("ignored")
signal.signal(signal.SIGTERM, signal.SIG_DFL)

# SIGINT by default: KeyboardInterrupt
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached?")
except KeyboardInterrupt:
    print("KeyboardInterrupt")

# a handler in a sleeping child, run by Process.terminate()
def child():
    def bye(s, f):
        print("child: terminated by", s, flush=True)
        sys.exit(7)
    signal.signal(signal.SIGTERM, bye)
    print("child ready", flush=True)
    time.sleep(10)
    print("child slept", flush=True)

def signal_parent_later(signum):
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:
        time.sleep(0.1)
        os.kill(parent, signum)
        os._exit(0)
    return pid


if __name__ == "__main__":
    p = multiprocessing.Process(target=child)
    p.start()
    time.sleep(0.1)
    t0 = time.time()
    p.terminate()
    p.join()
    print("exitcode", p.exitcode, round(time.time() - t0, 1))

    # sleep goes on after a handler that returns (PEP 475)
    signal.signal(signal.SIGUSR1, lambda s, f: print("usr1", flush=True))
    pid = signal_parent_later(signal.SIGUSR1)
    t0 = time.time()
    time.sleep(0.3)
    print("slept", round(time.time() - t0, 1))
    os.waitpid(pid, 0)

    # a handler that raises ends the sleep it interrupted
    class Stop(Exception):
        pass

    def stop(s, f):
        raise Stop("signal %d" % s)

    signal.signal(signal.SIGUSR2, stop)
    pid = signal_parent_later(signal.SIGUSR2)
    t0 = time.time()
    try:
        time.sleep(5)
    except Stop as e:
        print("sleep ended by", e, round(time.time() - t0, 1))
    os.waitpid(pid, 0)
