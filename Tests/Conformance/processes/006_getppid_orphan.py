# A child knows its parent; after the parent exits the orphan is adopted.
import os
import time

parent = os.getpid()
pid = os.fork()
if pid == 0:
    print("child's parent is the parent:", os.getppid() == parent, flush=True)
    grandchild = os.fork()
    if grandchild == 0:
        time.sleep(0.2)
        print("orphan adopted:", os.getppid() != os.getpid() and os.getppid() != parent, flush=True)
        os._exit(0)
    os._exit(0)
os.waitpid(pid, 0)
print("parent pid differs from child:", pid != parent, flush=True)
time.sleep(0.4)
