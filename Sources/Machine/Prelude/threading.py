import _thread
import time as _time
from _thread import acquire as _acquire, release as _release

_counter = 0
_active = {}

def _newname(template="Thread-%d"):
    global _counter
    _counter += 1
    return template % _counter

Lock = _allocate_lock = _thread.allocate_lock

def RLock(*args, **kwargs):
    return _thread._make_lock("rlock", -1)

class Condition:
    def __init__(self, lock=None, _alias=-1, _label=None):
        if _label is None:
            self._id = _thread.allocate("condition", self, 0, _alias)
        else:
            self._id = _thread.allocate("condition", self, 0, _alias, _label)
        if lock is None:
            lock = _thread._make_lock("rlock", self._id if _alias < 0 else _alias)
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        _thread.set_condition_lock(self._id, lock._id)
    def __enter__(self):
        return _acquire(self._lock._id)
    def __exit__(self, t, v, tb):
        _release(self._lock._id)
    def _is_owned(self):
        return _thread.is_owned(self._lock._id)
    def wait(self, timeout=None):
        return _thread.cond_wait(self._id, timeout)
    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result
    def notify(self, n=1):
        _thread.cond_notify(self._id, n)
    def notify_all(self):
        _thread.cond_notify(self._id, -1)
    notifyAll = notify_all

class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._id = _thread.allocate(self._kind, self, value)
    _kind = "semaphore"
    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if timeout is None:
            return _thread.acquire(self._id, blocking, -1)
        if _thread.acquire(self._id, False, -1):
            return True
        # threading.py waits on a Condition until `endtime`: a remaining time that is not
        # > 0 (negative, NaN) polls, as Condition.wait does, and a NaN one polls forever.
        endtime = _time.monotonic() + timeout
        while True:
            if timeout > 0:
                if _thread.acquire(self._id, True, timeout):
                    return True
            elif _thread.acquire(self._id, False, -1):
                return True
            timeout = endtime - _time.monotonic()
            if timeout <= 0:
                return False
    def release(self, n=1):
        _thread.release(self._id, n)
    def __enter__(self):
        return _thread.acquire(self._id, True, -1)
    def __exit__(self, t, v, tb):
        _thread.release(self._id, 1)
    @property
    def _value(self):
        return _thread.value(self._id)

class BoundedSemaphore(Semaphore):
    _kind = "bsemaphore"

class Event:
    def __init__(self):
        self._id = _thread.allocate("event", self, 0)
    def is_set(self):
        return _thread.value(self._id) != 0
    isSet = is_set
    def set(self):
        _thread.event_set(self._id)
    def clear(self):
        _thread.event_clear(self._id)
    def wait(self, timeout=None):
        return _thread.event_wait(self._id, timeout)

class BrokenBarrierError(RuntimeError):
    pass

class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._id = _thread.allocate("barrier", self, 0)
        self._cond = Condition(_thread._make_lock("lock", self._id), self._id)
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0
    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            _thread.note(self._id, "changed", self._count)
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                _thread.note(self._id, "changed", self._count)
                self._exit()
    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise
    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()
    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()
    def abort(self):
        with self._cond:
            self._break()
    def _break(self):
        self._state = -2
        self._cond.notify_all()
    @property
    def parties(self):
        return self._parties
    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0
    @property
    def broken(self):
        return self._state == -2

class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

def __excepthook__(args):
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else _thread.get_ident()
    _thread.stderr_write(f"Exception in thread {name}:\n" + _thread.format_exception(args.exc_value))

excepthook = __excepthook__

class Thread:
    _initialized = False
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started_flag = False
        self._is_stopped = False
        self._joined = False
        self._initialized = True
    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started_flag:
            raise RuntimeError("threads can only be started once")
        self._started_flag = True
        _thread.new_thread(self, self._bootstrap, self._name, self._daemonic)
        _thread.wait_started(self._ident)
    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs
    def _bootstrap(self):
        _active[self._ident] = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            excepthook(ExceptHookArgs(type(e), e, None, self))
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)
    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started_flag:
            raise RuntimeError("cannot join thread before it is started")
        if self._ident == _thread.get_ident():
            raise RuntimeError("cannot join current thread")
        timeout = -1 if timeout is None else max(timeout, 0)
        # threading.py drops the thread's tstate lock once a join (or is_alive()) saw the
        # end; later joins return without converting the timeout.
        if self._joined:
            return
        try:
            if _thread.join(self._ident, timeout):
                self._joined = True
        except:
            # threading.py (bpo-45274) releases a running thread's tstate lock when the
            # acquire fails: the thread then counts as stopped.
            if _thread.is_alive(self._ident):
                self._joined = True
            raise
    def is_alive(self):
        if not self._started_flag or self._ident is None or self._joined:
            return False
        if _thread.is_alive(self._ident):
            return True
        self._joined = True
        return False
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, name):
        self._name = str(name)
        if self._ident is not None:
            _thread.set_name(self._ident, self._name)
    @property
    def ident(self):
        return self._ident
    @property
    def native_id(self):
        if self._ident is None:
            return None
        return 4200 + (self._ident - _thread.main_ident()) // 8392704
    @property
    def daemon(self):
        return self._daemonic
    @daemon.setter
    def daemon(self, daemonic):
        if self._started_flag:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic
    def isDaemon(self):
        return self._daemonic
    def setDaemon(self, daemonic):
        self.daemon = daemonic
    def getName(self):
        return self.name
    def setName(self, name):
        self.name = name
    def __repr__(self):
        status = "initial"
        if self._started_flag:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started_flag = True
        self._ident = _thread.main_ident()
        _active[self._ident] = self

class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started_flag = True
        self._ident = _thread.get_ident()
        _active[self._ident] = self

class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()
    def cancel(self):
        self.finished.set()
    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()

_main_thread = _MainThread()

_atexit_calls = []

def _register_atexit(func, *arg, **kwargs):
    _atexit_calls.append((func, arg, kwargs))

def _run_atexit():
    # The engine calls this once the main thread's code is done (threading._shutdown).
    for func, arg, kwargs in reversed(_atexit_calls):
        func(*arg, **kwargs)

def current_thread():
    try:
        return _active[_thread.get_ident()]
    except KeyError:
        return _DummyThread()

currentThread = current_thread

def main_thread():
    return _main_thread

def active_count():
    return len(_active)

activeCount = active_count

def enumerate():
    return list(_active.values())

def get_ident():
    return _thread.get_ident()

def get_native_id():
    return _thread.get_native_id()

TIMEOUT_MAX = 9223372036.0

_local_store = {}

class local:
    def __init__(self, *args, **kw):
        pass
    def _local__dict(self):
        entry = _local_store.get(id(self))
        if entry is None:
            entry = (self, {})
            _local_store[id(self)] = entry
        dicts = entry[1]
        key = _thread.get_ident()
        if key not in dicts:
            dicts[key] = {}
            if type(self).__init__ is not local.__init__ and len(dicts) > 1:
                type(self).__init__(self)
        return dicts[key]
    def __getattr__(self, name):
        d = self._local__dict()
        if name in d:
            return d[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
    def __setattr__(self, name, value):
        self._local__dict()[name] = value
    def __delattr__(self, name):
        del self._local__dict()[name]

def setswitchinterval(x):
    import sys
    sys.setswitchinterval(x)
