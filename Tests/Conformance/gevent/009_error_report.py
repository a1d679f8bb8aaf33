# An uncaught exception in a greenlet does not stop the program: the hub prints its traceback
# and a line "<timestamp> <Greenlet ...: f(args)> failed with Error". The report is captured
# here and printed with the timestamp and address masked.
import io
import sys
import gevent


def divide(a, b):
    return a / b


buf = io.StringIO()
real_stderr = sys.stderr
sys.stderr = buf
g = gevent.spawn(divide, 1, 0)
g.join()
ok = gevent.spawn(divide, 4, 2)
ok.join()
sys.stderr = real_stderr
print("main goes on:", ok.value, type(g.exception).__name__)
for line in buf.getvalue().split("\n"):
    if line.startswith(" ") or not line:
        continue
    if " failed with " in line:
        stamp, _, rest = line.partition(" ")
        print(len(stamp), stamp[4], stamp[10], stamp[-1], rest[:len("<Greenlet at 0x")])
        print(rest[rest.index(": "):])
    else:
        print(line)
print("report ends with a blank line:", buf.getvalue().endswith("\n\n"))
