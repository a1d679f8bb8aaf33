# monkey.patch_all() makes time.sleep cooperative: greenlets that call time.sleep overlap.
from gevent import monkey
monkey.patch_all()

import time
import gevent

print(monkey.is_module_patched("time"), monkey.is_object_patched("time", "sleep"))
print(time.sleep is gevent.sleep, monkey.get_original("time", "sleep") is not time.sleep)
gevent.get_hub()
t0 = time.monotonic()


def blocking_style(name, seconds):
    time.sleep(seconds)
    print(name, "woke", round(time.monotonic() - t0, 1))


gevent.joinall([gevent.spawn(blocking_style, "slow", 0.3), gevent.spawn(blocking_style, "fast", 0.1),
                gevent.spawn(blocking_style, "mid", 0.2)])
print("together", round(time.monotonic() - t0, 1))
t0 = time.monotonic()
monkey.get_original("time", "sleep")(0.1)
print("the original still blocks", round(time.monotonic() - t0, 1))
