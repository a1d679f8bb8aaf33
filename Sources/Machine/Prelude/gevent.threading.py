"""The threading API on greenlets, which monkey.patch_thread() installs in `threading` and
`_thread` as gevent 24+ does: a Thread is a greenlet of the hub, a Lock is a gevent semaphore,
Condition is CPython 3.11's on those locks, and Event is gevent.event.Event. The tutor's own
threading is native (World/LockTypes.swift), so its classes are replaced whole where gevent
only swaps the `_thread` functions CPython's threading.py calls."""
import sys
import threading as __threading__
from collections import deque as _deque
from greenlet import getcurrent
from gevent.hub import get_hub_if_exists, sleep, _format_exception
from gevent.greenlet import Greenlet
from gevent.lock import BoundedSemaphore as _GBoundedSemaphore, RLock, Semaphore as _GSemaphore
from gevent.event import Event

__all__ = ['Thread', 'Lock', 'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Event',
           'Timer', 'current_thread', 'main_thread', 'get_ident', 'enumerate', 'active_count']

_main_thread = __threading__.main_thread()
_OriginalThread = __threading__.Thread
_newname = __threading__._newname
_active = {}


def get_ident(gr=None):
    """The id of a greenlet (the current one by default), as gevent.thread.get_ident."""
    return id(getcurrent() if gr is None else gr)


class LockType(_GBoundedSemaphore):
    """_thread.LockType on a gevent semaphore: a failed non-blocking acquire yields once."""
    _OVER_RELEASE_ERROR = RuntimeError

    def __init__(self):
        _GBoundedSemaphore.__init__(self, 1)

    def acquire(self, blocking=True, timeout=-1):
        if timeout == -1:
            timeout = None
        if not blocking and timeout is not None:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout is not None and timeout < 0:
            raise ValueError("timeout value must be strictly positive")
        acquired = _GBoundedSemaphore.acquire(self, blocking, timeout)
        if not acquired and not blocking and getcurrent() is not get_hub_if_exists():
            sleep()
        return acquired

    def release(self):
        if self.counter >= 1:
            raise RuntimeError('release unlocked lock')
        _GBoundedSemaphore.release(self)

    def __enter__(self):
        return self.acquire()

    def locked(self):
        return self.counter <= 0


Lock = allocate_lock = LockType


class Condition:
    """threading.Condition of CPython 3.11, on green locks."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = LockType()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    # Only uses self.wait and the clock, so the tutor's own serves green conditions too.
    wait_for = __threading__.Condition.wait_for

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore(_GSemaphore):
    """threading.Semaphore's interface (acquire with timeout, release(n)) on gevent's."""

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        return _GSemaphore.acquire(self, blocking, timeout)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        for _ in range(n):
            self._release_one()

    def _release_one(self):
        _GSemaphore.release(self)

    def __enter__(self):
        return self.acquire()


class BoundedSemaphore(Semaphore):
    """threading.BoundedSemaphore on gevent's semaphore."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def _release_one(self):
        if self.counter >= self._initial_value:
            raise ValueError("Semaphore released too many times")
        _GSemaphore.release(self)


class Thread(_OriginalThread):
    """threading.Thread whose start() spawns a greenlet in the hub; the rest is threading's."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        _OriginalThread.__init__(self, group, target, name, args, kwargs, daemon=daemon)
        self._glet = None
        # Both flags the unpatched Thread reads (repr, the daemon setter) in CPython and here.
        self._started = Event()
        self._started_flag = False
        self._is_stopped = False

    def start(self):
        if self._glet is not None:
            raise RuntimeError("threads can only be started once")
        self._started_flag = True
        self._glet = Greenlet(self._bootstrap)
        self._glet.start()
        # CPython's start() waits for the new thread to begin: here the hub runs it first.
        self._started.wait()

    def _bootstrap(self):
        self._ident = get_ident()
        _active[self._ident] = self
        self._started.set()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            sys.stderr.write("Exception in thread %s:\n%s" % (
                self._name, _format_exception(type(e), e, getattr(e, "__traceback__", None))))
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)

    def join(self, timeout=None):
        if self._glet is None:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        self._glet.join(timeout)

    def is_alive(self):
        return self._glet is not None and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def native_id(self):
        return self._ident


class _DummyThread(Thread):
    """What current_thread() returns in a greenlet no Thread started."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


class Timer(Thread):
    """Calls function(*args) after `interval` seconds unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    # threading's own: they only use self.finished, self.function and the arguments.
    cancel = __threading__.Timer.cancel
    run = __threading__.Timer.run


def current_thread():
    """The Thread of the running greenlet; the main thread in the main greenlet."""
    gr = getcurrent()
    thread = _active.get(id(gr))
    if thread is not None:
        return thread
    if gr.parent is None:
        return _main_thread
    return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def enumerate():
    return [_main_thread] + [t for t in _active.values() if not isinstance(t, _DummyThread)]


def active_count():
    return len(enumerate())


activeCount = active_count


def _join_green_threads():
    """CPython joins non-daemon threads at exit; green ones are joined here."""
    while True:
        alive = [t for t in _active.values() if not t.daemon and t.is_alive()]
        if not alive:
            return
        for thread in alive:
            thread.join()


def start_new_thread(function, args, kwargs=None):
    """_thread.start_new_thread: a greenlet running function(*args, **kwargs); returns its ident."""
    g = Greenlet.spawn(function, *args, **(kwargs or {}))
    return get_ident(g)


def _shutdown():
    """CPython's threading._shutdown (not the tutor's) waits on native thread-state locks
    that green threads never release; this runs the threading atexit hooks instead, which
    join the green threads."""
    for call in reversed(getattr(__threading__, '_threading_atexits', [])):
        call()
