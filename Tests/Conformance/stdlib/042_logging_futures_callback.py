# concurrent.futures logs an exception raised by a done-callback through the
# "concurrent.futures" logger (Lib/concurrent/futures/_base.py), and carries on.
import logging
import sys
from concurrent.futures import Future, ThreadPoolExecutor

ran = []


def bad(f):
    raise ValueError("callback failed")


def good(f):
    ran.append(f.result())


captured = []


class Capture(logging.Handler):
    def emit(self, record):
        # The message names the future by its repr, which has an address in CPython.
        captured.append((record.name, record.levelname, record.exc_info[0].__name__, str(record.exc_info[1]),
                         record.getMessage().startswith("exception calling callback for <Future")))


logging.getLogger("concurrent.futures").addHandler(Capture())
f = Future()
f.add_done_callback(bad)
f.add_done_callback(good)
f.set_result(3)
f.add_done_callback(bad)
print(ran, captured)

with ThreadPoolExecutor(max_workers=1) as ex:
    g = ex.submit(pow, 2, 5)
    g.result()
    g.add_done_callback(good)
print(ran, len(captured))

# A stream handler prints the record and the callback's traceback on stderr.
logger = logging.getLogger("concurrent.futures")
logger.handlers.clear()
err = logging.StreamHandler(sys.stderr)
err.setFormatter(logging.Formatter("%(name)s: %(levelname)s"))
logger.addHandler(err)
h = Future()
h.add_done_callback(bad)
h.set_result(None)
print("after")
