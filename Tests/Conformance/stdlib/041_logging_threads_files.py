# logging from threads (%(threadName)s, %(thread)d), FileHandler on the file system,
# basicConfig(filename=...), handler locks as real RLocks, time formats without times.
import logging
import threading
import time
import sys

log = logging.getLogger("workers")
log.setLevel(logging.DEBUG)
log.propagate = False
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
log.addHandler(out)
print(type(out.lock) is type(threading.RLock()), type(logging._lock) is type(threading.RLock()))


def worker(n, delay):
    time.sleep(delay)
    log.info("worker %d done", n)
    log.debug("thread id is an int: %s", isinstance(threading.get_ident(), int))


threads = [threading.Thread(target=worker, args=(i, 0.05 * (3 - i)), name="w%d" % i) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

ids = []


class Collect(logging.Handler):
    def emit(self, record):
        ids.append((record.threadName, record.thread == threading.get_ident(), record.process > 0))


c = Collect()
log.addHandler(c)
t = threading.Thread(target=log.warning, args=("from a thread",), name="solo")
t.start()
t.join()
log.warning("from main")
print(ids)
log.removeHandler(c)

# A FileHandler writes to the file system; records are complete lines.
fh = logging.FileHandler("app.log", mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(fh)
log.error("to the file %d", 1)
log.info("and %s", "again")
fh.close()
log.removeHandler(fh)
with open("app.log") as f:
    print(repr(f.read()))
print(fh.baseFilename.endswith("app.log"), repr(fh.stream))

fh2 = logging.FileHandler("lazy.log", delay=True)
print(fh2.stream)
fh2.close()

logging.basicConfig(filename="root.log", filemode="w", level=logging.INFO,
                    format="%(levelname)s|%(name)s|%(message)s")
logging.info("root to file")
logging.getLogger("x.y").warning("child to file")
logging.root.handlers[0].flush()
with open("root.log") as f:
    print(f.read(), end="")
print(type(logging.root.handlers[0]).__name__)

# Formats with msecs, created and relativeCreated, printed as properties only.
rec = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 20})
print(rec.getMessage(), 0 <= rec.msecs < 1000, rec.relativeCreated >= 0, isinstance(rec.created, float))
fmt = logging.Formatter("%(msecs)03d")
print(len(fmt.format(rec)) == 3)
import os
os.remove("app.log")
os.remove("root.log")
