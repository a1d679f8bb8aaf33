# Output still in the parent's buffer is copied into the child: written into a file or a
# pipe, a line printed before fork() appears twice.
import os

print("printed before fork, not flushed")
pid = os.fork()
if pid == 0:
    print("child done")
else:
    os.waitpid(pid, 0)
    print("parent done")
