# concurrent.futures.Future's repr, as CPython 3.11's: class name, address, state (a cancelled
# future that was notified says cancelled), and what it returned or raised.
import re
from concurrent.futures import Future, ThreadPoolExecutor
f = Future()
print(re.sub("0x[0-9a-f]+", "ADDR", repr(f)))
f.set_running_or_notify_cancel()
print(re.sub("0x[0-9a-f]+", "ADDR", repr(f)))
f.set_result([1])
print(re.sub("0x[0-9a-f]+", "ADDR", repr(f)))
g = Future(); g.cancel(); print(re.sub("0x[0-9a-f]+", "ADDR", repr(g)))
g.set_running_or_notify_cancel(); print(re.sub("0x[0-9a-f]+", "ADDR", repr(g)))
h = Future(); h.set_exception(KeyError(1)); print(re.sub("0x[0-9a-f]+", "ADDR", repr(h)))
print(repr(h).startswith("<Future at 0x"), hex(id(h)) in repr(h))
