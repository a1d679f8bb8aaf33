"""gevent.select as gevent 24+ behaves: select() that waits in the hub (IO watchers on each
descriptor, and a timer), so other greenlets run meanwhile."""
import select as __select__
from gevent.hub import get_hub, Waiter

__implements__ = ['select']
__all__ = ['select', 'error']

_original_select = __select__.select
error = getattr(__select__, 'error', OSError)


def _fileno(obj):
    if isinstance(obj, int):
        return obj
    return obj.fileno()


def select(rlist, wlist, xlist, timeout=None):
    """select.select's contract; waits cooperatively when nothing is ready yet."""
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be non-negative")
    ready = _original_select(rlist, wlist, xlist, 0)
    if ready[0] or ready[1] or ready[2] or timeout == 0:
        return ready
    hub = get_hub()
    loop = hub.loop
    waiter = Waiter(hub)
    watchers = []
    try:
        for objs, events in ((rlist, 1), (wlist, 2)):
            for obj in objs:
                watcher = loop.io(_fileno(obj), events)
                watcher.start(waiter.switch, None)
                watchers.append(watcher)
        if timeout is not None:
            timer = loop.timer(timeout)
            timer.start(waiter.switch, None)
            watchers.append(timer)
        waiter.get()
    finally:
        for watcher in watchers:
            watcher.stop()
    return _original_select(rlist, wlist, xlist, 0)
