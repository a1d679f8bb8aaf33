"""gevent.hub as gevent 24+ behaves: the hub is a greenlet of its own that runs the event loop
(callbacks, timers, IO watchers); a greenlet that waits switches to the hub, and the hub
switches back when what it waits for is ready.

The loop (gevent._loop) follows libev's order, which gevent uses: each turn runs every queued
callback (`run_callback`, and so `spawn` and `sleep(0)`), then waits for IO or the next timer
with the *original* `time.sleep` or `select.select` (in the tutor a wait advances the virtual
clock), then fires the expired timers in deadline order, each switching into its greenlet.
"""
import sys
import time as _time
import _thread
from collections import deque as _deque
from greenlet import greenlet, getcurrent, GreenletExit
from gevent.exceptions import (LoopExit, BlockingSwitchOutError, InvalidSwitchError,
                               ConcurrentObjectUseError)
from gevent._loop import _Loop

__all__ = ['getcurrent', 'GreenletExit', 'spawn_raw', 'sleep', 'kill', 'signal', 'reinit',
           'get_hub', 'Hub', 'Waiter', 'LoopExit', 'wait', 'iwait', 'idle']

# The original, before monkey.patch_thread() replaces it.
_get_ident = _thread.get_ident

try:
    from _thread import format_exception as _tutor_format_exception
except ImportError:
    _tutor_format_exception = None


def _format_exception(t, v, tb):
    if _tutor_format_exception is not None:
        return _tutor_format_exception(v)
    import traceback
    return ''.join(traceback.format_exception(t, v, tb))


def _gmctime():
    """time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()), as gevent stamps an error."""
    secs = int(_time.time())
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    # Days since 1970-01-01 to a civil date (H. Hinnant's days_from_civil, inverted).
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (year, month, day, hour, minute, sec)


class Hub(greenlet):
    """The greenlet that runs the event loop; one per thread, made by `get_hub()`."""

    SYSTEM_ERROR = (KeyboardInterrupt, SystemExit, SystemError)
    # The run view's lane name for the hub greenlet.
    _tutor_lane = 'Hub'
    NOT_ERROR = (GreenletExit, SystemExit)

    def __init__(self, loop=None, default=None):
        greenlet.__init__(self)
        self.loop = _Loop(self)
        self.thread_ident = _get_ident()
        self.name = ''
        self._next_ident = 0

    def __repr__(self):
        return "<%s %r at %s select default pending=%d ref=%d thread_ident=%s>" % (
            type(self).__name__, self.name, hex(id(self)), self.loop.pendingcnt,
            self.loop._refs, hex(self.thread_ident))

    @property
    def main_hub(self):
        return self.thread_ident == _main_ident

    @property
    def exception_stream(self):
        return sys.stderr

    def _get_minimal_ident(self):
        # gevent reuses the numbers of collected greenlets (a weak registry); the tutor counts.
        ident = self._next_ident
        self._next_ident += 1
        return ident

    def handle_error(self, context, type, value, tb):
        if type is None:
            return
        if not issubclass(type, self.NOT_ERROR):
            self.print_exception(context, type, value, tb)
        if context is None or issubclass(type, self.SYSTEM_ERROR):
            self.handle_system_error(type, value, tb)

    def handle_system_error(self, type, value, tb=None):
        current = getcurrent()
        if current is self or current is self.parent or self.loop is None:
            self.parent.throw(type, value)
        else:
            self.loop.run_callback(self.parent.throw, type, value)

    def print_exception(self, context, t, v, tb):
        errstream = self.exception_stream
        if not errstream:
            return
        if v is None:
            errstream.write('%s\n' % t.__name__)
        else:
            errstream.write(_format_exception(t, v, tb))
        errstream.write(_gmctime())
        errstream.write(' ' if context is not None else '\n')
        if context is not None:
            if not isinstance(context, str):
                context = self.format_context(context)
            errstream.write('%s failed with %s\n\n' % (context, getattr(t, '__name__', 'exception')))

    def format_context(self, context):
        return repr(context)

    def switch(self):
        if getcurrent() is self:
            raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
        return greenlet.switch(self)

    def switch_out(self):
        raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')

    def wait(self, watcher):
        """Waits until `watcher` fires, then returns."""
        waiter = Waiter(self)
        watcher.start(waiter.switch, waiter)
        try:
            result = waiter.get()
            if result is not waiter:
                raise InvalidSwitchError('Invalid switch into %s: got %r (expected %r; waiting on %r with %r)'
                                         % (getcurrent(), result, waiter, self, watcher))
        finally:
            watcher.stop()

    def cancel_wait(self, watcher, error, close_watcher=False):
        if watcher.callback is not None:
            self.loop.run_callback(self._cancel_wait, watcher, error, close_watcher)

    def _cancel_wait(self, watcher, error, close_watcher):
        active = watcher.active
        cb = watcher.callback
        if close_watcher:
            watcher.close()
        if active and cb is not None:
            glet = getattr(cb, '__self__', None)
            if glet is not None:
                glet.throw(error)

    def run(self):
        loop = self.loop
        while True:
            loop.run()
            self.parent.throw(LoopExit('This operation would block forever', self, []))

    def join(self, timeout=None):
        """Waits until the loop has nothing left to do; True if it ran out, False on timeout."""
        if getcurrent() is not self.parent:
            raise AssertionError('only possible from the MAIN greenlet')
        if self.dead:
            return True
        waiter = Waiter(self)
        timer = None
        if timeout is not None:
            timer = self.loop.timer(timeout, ref=False)
            timer.start(waiter.switch, None)
        try:
            try:
                waiter.get()
            except LoopExit:
                return True
        finally:
            if timer is not None:
                timer.stop()
        return False

    def destroy(self, destroy_loop=None):
        ident = self.thread_ident
        if _hubs.get(ident) is self:
            del _hubs[ident]
        self.loop.destroy()


_hubs = {}
_main_ident = _get_ident()


def get_hub(*args, **kwargs):
    """The hub of the calling thread, made on first use."""
    ident = _get_ident()
    hub = _hubs.get(ident)
    if hub is None:
        hub = _hubs[ident] = Hub()
    return hub


def _get_hub_noargs():
    return get_hub()


def get_hub_if_exists():
    return _hubs.get(_get_ident())


def set_hub(hub):
    _hubs[_get_ident()] = hub


def reinit(hub=None):
    pass


class _NONE(object):
    __slots__ = ()

    def __repr__(self):
        return '<default value>'


_NONE = _NONE()


def _reraise(args):
    t = args[0]
    v = args[1] if len(args) > 1 else None
    if v is None:
        v = t() if isinstance(t, type) else t
    elif not isinstance(v, BaseException):
        v = t(v) if isinstance(v, tuple) is False else t(*v)
    raise v


class Waiter(object):
    """A one-time switch: a greenlet `get()`s, the hub `switch()`es a value (or `throw()`s) to it."""
    __slots__ = ('hub', 'greenlet', 'value', '_exception')

    def __init__(self, hub=None):
        self.hub = get_hub() if hub is None else hub
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def clear(self):
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def __str__(self):
        if self._exception is _NONE:
            return '<%s greenlet=%s>' % (type(self).__name__, self.greenlet)
        if self._exception is None:
            return '<%s greenlet=%s value=%r>' % (type(self).__name__, self.greenlet, self.value)
        return '<%s greenlet=%s exc_info=%r>' % (type(self).__name__, self.greenlet, self.exc_info)

    def ready(self):
        return self._exception is not _NONE

    def successful(self):
        return self._exception is None

    @property
    def exc_info(self):
        if self._exception is not _NONE:
            return self._exception

    def switch(self, value):
        greenlet = self.greenlet
        if greenlet is None:
            self.value = value
            self._exception = None
        else:
            if getcurrent() is not self.hub:
                raise AssertionError("Can only use Waiter.switch method from the Hub greenlet")
            switch = greenlet.switch
            try:
                switch(value)
            except:  # noqa: E722
                self.hub.handle_error(switch, *sys.exc_info())

    def switch_args(self, *args):
        return self.switch(args)

    def throw(self, *throw_args):
        greenlet = self.greenlet
        if greenlet is None:
            self._exception = throw_args
        else:
            if getcurrent() is not self.hub:
                raise AssertionError("Can only use Waiter.switch method from the Hub greenlet")
            throw = greenlet.throw
            try:
                throw(*throw_args)
            except:  # noqa: E722
                self.hub.handle_error(throw, *sys.exc_info())

    def get(self):
        if self._exception is not _NONE:
            if self._exception is None:
                return self.value
            _reraise(self._exception)
        if self.greenlet is not None:
            raise ConcurrentObjectUseError('This Waiter is already used by %r' % (self.greenlet,))
        self.greenlet = getcurrent()
        try:
            return self.hub.switch()
        finally:
            self.greenlet = None

    def __call__(self, source):
        if source.exception is None:
            self.switch(source.value)
        else:
            self.throw(source.exception)


class _MultipleWaiter(Waiter):
    """A Waiter that keeps every value switched to it, for iwait."""
    __slots__ = ('_values',)

    def __init__(self, hub=None):
        Waiter.__init__(self, hub)
        # joinall of 10,000 greenlets takes 10,000 values out from the front.
        self._values = _deque()

    def switch(self, value):
        self._values.append(value)
        Waiter.switch(self, True)

    def get(self):
        if not self._values:
            Waiter.get(self)
            Waiter.clear(self)
        return self._values.popleft()


def sleep(seconds=0, ref=True):
    """Lets other greenlets run for `seconds`; `sleep(0)` goes to the back of the ready queue."""
    hub = get_hub()
    loop = hub.loop
    if seconds <= 0:
        waiter = Waiter(hub)
        loop.run_callback(waiter.switch, None)
        waiter.get()
    else:
        hub.wait(loop.timer(seconds, ref=ref))


def idle(priority=0):
    """Waits until the loop has no callback left to run."""
    sleep(0)


def kill(greenlet, exception=GreenletExit):
    """Kills a greenlet (a gevent Greenlet, or a raw one) without waiting."""
    if getcurrent() is greenlet:
        raise ValueError('Cannot kill the current greenlet')
    if hasattr(greenlet, 'kill'):
        greenlet.kill(exception=exception, block=False)
    elif not greenlet.dead:
        get_hub().loop.run_callback(greenlet.throw, exception)


def spawn_raw(function, *args, **kwargs):
    """Starts a plain greenlet.greenlet (parent: the hub) running function(*args, **kwargs)."""
    if not callable(function):
        raise TypeError("function must be callable")
    hub = get_hub()
    if kwargs:
        def _run():
            return function(*args, **kwargs)
        g = greenlet(_run, hub)
        hub.loop.run_callback(g.switch)
    else:
        g = greenlet(function, hub)
        hub.loop.run_callback(g.switch, *args)
    return g


class _WaitIterator(object):
    def __init__(self, objects, hub, timeout, count):
        self._hub = hub
        self._waiter = _MultipleWaiter(hub)
        self._switch = self._waiter.switch
        self._timeout = timeout
        self._objects = objects
        self._timer = None
        self._begun = False
        self._count = len(objects) if count is None else min(count, len(objects))

    def _begin(self):
        if self._begun:
            return
        self._begun = True
        for obj in self._objects:
            obj.rawlink(self._switch)
        if self._timeout is not None:
            self._timer = self._hub.loop.timer(self._timeout)
            self._timer.start(self._switch, self)

    def __iter__(self):
        return self

    def __next__(self):
        self._begin()
        if self._count == 0:
            self._cleanup()
            raise StopIteration()
        self._count -= 1
        try:
            item = self._waiter.get()
            self._waiter.clear()
            if item is self:
                self._cleanup()
                raise StopIteration()
            return item
        except:  # noqa: E722
            self._cleanup()
            raise

    next = __next__

    def _cleanup(self):
        if self._timer is not None:
            self._timer.close()
            self._timer = None
        objs = self._objects
        self._objects = ()
        for aobj in objs:
            unlink = getattr(aobj, 'unlink', None)
            if unlink is not None:
                unlink(self._switch)

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        self._cleanup()


def iwait(objects, timeout=None, count=None):
    """Yields each of `objects` (greenlets, events, ...) as it becomes ready."""
    if objects is None:
        return iter([get_hub().join(timeout=timeout)])
    return _WaitIterator(list(objects), get_hub(), timeout, count)


def wait(objects=None, timeout=None, count=None):
    """Waits for `objects` to be ready (all, or `count`); returns those that are."""
    if objects is None:
        return get_hub().join(timeout=timeout)
    return list(iwait(objects, timeout, count))


def signal(signalnum, handler, *args, **kwargs):
    raise NotImplementedError("gevent.signal_handler is not modelled by the tutor")
