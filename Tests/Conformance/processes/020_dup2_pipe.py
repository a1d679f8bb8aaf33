# os.dup2 and os.dup on virtual descriptors: a child's print into a pipe through fd 1,
# the original stdout kept with dup and put back with dup2, bad descriptors.
import os
import sys

# A child's print goes into a pipe once fd 1 is the pipe's write end.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.close(w)
    print("hello from the child")
    print("second line")
    sys.stdout.flush()
    os._exit(0)
os.close(w)
os.waitpid(pid, 0)
data = b""
while True:
    chunk = os.read(r, 5)
    if not chunk:
        break
    data += chunk
os.close(r)
print("parent read", data)

# dup keeps the original stdout; dup2 puts it back.
r, w = os.pipe()
sys.stdout.flush()
saved = os.dup(1)
print("saved is a new descriptor:", saved > 2)
sys.stdout.flush()
os.dup2(w, 1)
print("into the pipe")
sys.stdout.flush()
os.dup2(saved, 1)
os.close(saved)
os.close(w)
print("back on stdout, the pipe holds", os.read(r, 100))
os.write(1, b"raw write to fd 1\n")
for name, call in (("dup(99)", lambda: os.dup(99)), ("dup2(98, 5)", lambda: os.dup2(98, 5))):
    try:
        call()
    except OSError as e:
        print(name + ":", e)
print("dup2 returns", os.dup2(1, 1))
