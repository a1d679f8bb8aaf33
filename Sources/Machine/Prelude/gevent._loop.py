"""gevent's event loop for the tutor (libev's role): a queue of callbacks, one-shot timers and IO
watchers, run by the hub greenlet (gevent.hub). One turn runs every queued callback, then waits
(the original `time.sleep`, or `select.select` when IO watchers exist: the IO hook), then fires
the expired timers in deadline order. Timers count from a cached clock, libev's ev_now."""
import sys
import time as _time
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop

# The originals, before monkey.patch_all() replaces them with cooperative versions.
_sleep = _time.sleep
_monotonic = _time.monotonic

# The run view's event loop pane (watched runs only; elsewhere one test per callback).
try:
    from _tutor import watching as _watching, trace_hub as _trace_hub
    if not _watching():
        _trace_hub = None
except ImportError:
    _trace_hub = None

# A timer whose deadline is this close is due: a virtual clock keeps whole nanoseconds.
_EPSILON = 1e-9


class _Callback(object):
    """A callback queued by `loop.run_callback`; `stop()` cancels it before it runs."""
    __slots__ = ('callback', 'args')

    def __init__(self, callback, args):
        self.callback = callback
        self.args = args

    def stop(self):
        self.callback = None
        self.args = None

    close = stop

    @property
    def pending(self):
        return self.callback is not None

    def __bool__(self):
        return self.callback is not None

    def __repr__(self):
        return '<callback at %s %r args=%r>' % (hex(id(self)), self.callback, self.args)


class _Watcher(object):
    """What timers and IO watchers share: a callback, an active flag and a loop reference."""
    __slots__ = ('loop', 'ref', 'callback', 'args', 'active')

    def __init__(self, loop, ref):
        self.loop = loop
        self.ref = ref
        self.callback = None
        self.args = ()
        self.active = False

    @property
    def pending(self):
        return False

    def _activate(self, callback, args):
        if not callable(callback):
            raise TypeError('Expected callable, not %r' % (callback,))
        if self.active:
            self.stop()
        self.callback = callback
        self.args = args
        self.active = True
        if self.ref:
            self.loop._refs += 1

    def stop(self):
        if self.active:
            self.active = False
            if self.ref:
                self.loop._refs -= 1
        self.callback = None
        self.args = ()

    def close(self):
        self.stop()

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.close()

    def _fire(self):
        callback, args = self.callback, self.args
        try:
            callback(*args)
        except:  # noqa: E722 - the hub reports every error of a callback, as gevent does
            self.loop.handle_error(self, *sys.exc_info())


class _Timer(_Watcher):
    """A one-shot timer: fires `after` seconds after `start`."""
    __slots__ = ('after', '_key')

    def __init__(self, loop, after, ref):
        _Watcher.__init__(self, loop, ref)
        self.after = after
        self._key = None

    def start(self, callback, *args, **kwargs):
        self._activate(callback, args)
        loop = self.loop
        loop._seq += 1
        self._key = loop._seq
        # libev counts from the loop's cached time, so timers started in one loop iteration
        # with the same delay fire together, in the order they were started: one heap entry
        # per deadline, its timers in a list (10,000 equal sleeps cost one heap push).
        deadline = loop._now + max(self.after, 0.0)
        bucket = loop._buckets.get(deadline)
        if bucket is None:
            loop._buckets[deadline] = [(self._key, self)]
            _heappush(loop._timers, deadline)
        else:
            bucket.append((self._key, self))

    def again(self, callback, *args, **kwargs):
        self.start(callback, *args)

    def _fire(self):
        self.active = False
        if self.ref:
            self.loop._refs -= 1
        _Watcher._fire(self)


class _IO(_Watcher):
    """Watches one file descriptor for reading (events 1) or writing (events 2)."""
    __slots__ = ('fd', 'events')

    def __init__(self, loop, fd, events, ref):
        _Watcher.__init__(self, loop, ref)
        self.fd = fd
        self.events = events

    def start(self, callback, *args, **kwargs):
        self._activate(callback, args)
        self.loop._io.append(self)

    def stop(self):
        if self.active:
            self.loop._io.remove(self)
        _Watcher.stop(self)


class _Loop(object):
    """The hub's event loop: a callback queue, a timer heap and IO watchers."""

    def __init__(self, hub):
        self.hub = hub
        self._callbacks = _deque()
        self._timers = []
        self._buckets = {}
        self._seq = 0
        self._refs = 0
        self._io = []
        self._now = _monotonic()

    def handle_error(self, context, t, v, tb):
        self.hub.handle_error(context, t, v, tb)

    def run_callback(self, func, *args):
        cb = _Callback(func, args)
        self._callbacks.append(cb)
        return cb

    def timer(self, after, repeat=0.0, ref=True, priority=None):
        return _Timer(self, after, ref)

    def io(self, fd, events, ref=True, priority=None):
        return _IO(self, fd, events, ref)

    def now(self):
        return self._now

    def update_now(self):
        self._now = _monotonic()

    @property
    def pendingcnt(self):
        return len(self._callbacks)

    def _run_callbacks(self):
        callbacks = self._callbacks
        while callbacks:
            cb = callbacks.popleft()
            func, args = cb.callback, cb.args
            if func is None:
                continue
            cb.callback = None
            if _trace_hub is not None:
                _trace_hub(self, func)
            try:
                func(*args)
            except:  # noqa: E722
                self.handle_error(cb, *sys.exc_info())

    def _next_deadline(self):
        # Stopped timers stay in their bucket; a wake-up at a deadline whose timers were all
        # stopped fires nothing, and the clock still ends at the next live deadline.
        return self._timers[0] if self._timers else None

    def run(self):
        """Runs until nothing (no callback, no referenced timer or watcher) is left."""
        while True:
            self._run_callbacks()
            if not self._refs:
                return
            # As libev: the clock is read before computing the wait and again after it.
            self._now = _monotonic()
            deadline = self._next_deadline()
            timeout = None if deadline is None else max(deadline - self._now, 0.0)
            if _trace_hub is not None:
                _trace_hub(self, None)
            if self._io:
                self._wait_io(timeout)
            elif timeout is None:
                return
            elif timeout > _EPSILON:
                _sleep(timeout)
            self._now = _monotonic()
            self._fire_timers()

    def _wait_io(self, timeout):
        """The IO hook: waits with select.select on the watched descriptors."""
        from gevent.monkey import get_original
        select = get_original('select', 'select')
        readers = []
        writers = []
        for w in self._io:
            if w.events & 1 and w.fd not in readers:
                readers.append(w.fd)
            if w.events & 2 and w.fd not in writers:
                writers.append(w.fd)
        r, w_ready, _ = select(readers, writers, [], timeout)
        for watcher in list(self._io):
            if not watcher.active:
                continue
            if (watcher.events & 1 and watcher.fd in r) or (watcher.events & 2 and watcher.fd in w_ready):
                watcher._fire()

    def _fire_timers(self):
        now = self._now + _EPSILON
        timers = self._timers
        expired = []
        while timers and timers[0] <= now:
            expired.extend(self._buckets.pop(_heappop(timers)))
        for key, timer in expired:
            # An earlier timer's greenlet may have stopped or restarted this one.
            if timer.active and timer._key == key:
                if _trace_hub is not None:
                    _trace_hub(self, timer.callback)
                timer._fire()

    def destroy(self):
        self._callbacks.clear()
        self._timers = []
        self._buckets = {}
        self._io = []
        self._refs = 0
