# A forked child gets a copy of the parent's memory: its changes never reach the parent.
import os

counter = 0
items = ["a"]
print("before fork", flush=True)
pid = os.fork()
if pid == 0:
    counter += 100
    items.append("child")
    print("child sees", counter, items, "fork returned", pid)
else:
    got, status = os.waitpid(pid, 0)
    counter += 1
    items.append("parent")
    print("parent sees", counter, items, "child pid matches:", got == pid)
    print("child exit code:", os.waitstatus_to_exitcode(status))
print("both run this line:", "child" if pid == 0 else "parent")
