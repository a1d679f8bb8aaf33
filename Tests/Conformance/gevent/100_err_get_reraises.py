# get() re-raises a greenlet's error in the caller; uncaught there, it ends the program with
# a traceback. (The hub's own report of the failure, which carries a timestamp, is kept off
# stderr by sending it to a buffer while the greenlet runs.)
import io
import sys
import gevent


def parse(text):
    return int(text)


g = gevent.spawn(parse, "forty-two")
print("spawned")
real_stderr = sys.stderr
sys.stderr = io.StringIO()
g.join()
report = sys.stderr.getvalue()
sys.stderr = real_stderr
print("reported:", report.strip().split("\n")[-1].endswith("failed with ValueError"))
g.get()
print("not reached")
