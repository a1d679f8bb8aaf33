"""gevent for the tutor, as gevent 24+ behaves, written over the engine's greenlet module.

gevent runs greenlets cooperatively: `spawn` schedules one, and it runs when the running one
waits (`sleep`, `join`, a queue, a lock, a socket) and switches to the hub, the greenlet that
runs the event loop. See Docs/STDLIB.md (gevent) for what is modelled.
"""
import sys
from gevent.hub import (getcurrent, GreenletExit, spawn_raw, sleep, idle, kill, reinit,
                        get_hub, iwait, wait, signal as signal_handler)
from gevent.greenlet import Greenlet, joinall, killall
from gevent.timeout import Timeout, with_timeout

__version__ = '26.9.0'

__all__ = ['Greenlet', 'GreenletExit', 'Timeout', 'get_hub', 'getcurrent', 'getswitchinterval',
           'idle', 'iwait', 'joinall', 'kill', 'killall', 'reinit', 'setswitchinterval',
           'signal_handler', 'sleep', 'spawn', 'spawn_later', 'spawn_raw', 'wait', 'with_timeout']

spawn = Greenlet.spawn
spawn_later = Greenlet.spawn_later
getswitchinterval = sys.getswitchinterval
setswitchinterval = sys.setswitchinterval

# CPython's `from gevent import monkey` imports the submodule when the package lacks the
# name; the tutor's import only finds names the package already has, so the submodules that
# programs import that way are imported here (sockets only where the engine has them).
import gevent.monkey as monkey
import gevent.pool as pool
import gevent.queue as queue
import gevent.event as event
import gevent.lock as lock
try:
    import gevent.socket as socket
    import gevent.select as select
except (ImportError, AttributeError):
    pass
