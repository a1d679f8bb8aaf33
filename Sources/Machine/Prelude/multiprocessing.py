# multiprocessing with the fork start method on the tutor's kernel (World/Processes.swift,
# World/KernelIPC.swift): a Process is a forked child running its target; queues and pipes
# carry pickled bytes through kernel pipes; locks are kernel semaphores; Value and Array live
# in kernel shared memory. Follows CPython 3.11's Lib/multiprocessing on Linux, trimmed.
import os
import sys
import time
import pickle
import threading
import _thread
import _multiprocessing

__all__ = ['Process', 'current_process', 'parent_process', 'active_children', 'cpu_count', 'Queue',
           'JoinableQueue', 'SimpleQueue', 'Pipe', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Event', 'Condition', 'Barrier', 'Value', 'Array', 'Pool', 'TimeoutError',
           'ProcessError', 'get_start_method']


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


def cpu_count():
    return os.cpu_count()


_start_method = None
_bootstrapping = False
# True while Process.start pickles a spawned child's Process: locks and queues may travel then.
_spawning = False


def _assert_spawning(obj):
    # multiprocessing.context.assert_spawning.
    if not _spawning and not getattr(obj, '_managed', False):
        raise RuntimeError('%s objects should only be shared between processes through inheritance'
                           % type(obj).__name__)


def get_all_start_methods():
    return ['fork', 'spawn']


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None and not allow_none:
        _start_method = 'fork'
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in ('fork', 'spawn'):
        if method == 'forkserver':
            raise ValueError("the tutor runs the 'fork' and 'spawn' start methods, not 'forkserver'")
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


class _Context:
    # multiprocessing.get_context(method): the module's API with that start method.
    def __init__(self, method):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    def Process(self, *args, **kwargs):
        p = Process(*args, **kwargs)
        p._start_method = self._name
        return p

    def __getattr__(self, name):
        return globals()[name]


def get_context(method=None):
    if method is None:
        return _Context(get_start_method())
    if method not in ('fork', 'spawn'):
        raise ValueError('cannot find context for %r' % method)
    return _Context(method)


_counter = [0]
_children = set()


class BaseProcess:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        parent = _current_process
        _counter[0] += 1
        self._identity = parent._identity + (_counter[0],)
        self._parent_pid = os.getpid()
        self._parent_name = parent.name
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = parent.daemon if daemon is None else daemon
        self._popen_pid = None
        self._exitcode = None
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._popen_pid is not None:
            raise AssertionError('cannot start a process twice')
        if self._parent_pid != os.getpid():
            raise AssertionError("can only start a process object created by current process")
        if _current_process.daemon:
            raise AssertionError('daemonic processes are not allowed to have children')
        _cleanup()
        if _bootstrapping:
            raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')
        sys.stdout.flush()
        sys.stderr.flush()
        # CPython's Popen, sentinel pipe and finalizer (measured: a start and join of a process
        # that returns at once is about 3 ms, a bare fork and wait 1.5 ms).
        _multiprocessing.spend(0.0008)
        if (getattr(self, '_start_method', None) or get_start_method()) == 'spawn':
            # What the child needs travels pickled, as in CPython: an unpicklable target fails here.
            global _spawning
            _spawning = True
            try:
                payload = pickle.dumps(self)
            finally:
                _spawning = False
            pid = _multiprocessing.spawn(payload)
        else:
            pid = os.fork()
            if pid == 0:
                code = self._bootstrap()
                os._exit(code)
        self._popen_pid = pid
        _multiprocessing.set_process_name(self._name, pid)
        _children.add(self)

    def _bootstrap(self):
        global _current_process, _parent_process
        _children.clear()
        _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
        _current_process = self
        self._popen_pid = os.getpid()
        _multiprocessing.set_process_name(self._name)
        _multiprocessing.spend(0.0006)
        try:
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            sys.stderr.write(_thread.format_exception(e))
        sys.stdout.flush()
        sys.stderr.flush()
        return exitcode

    def _poll(self, block):
        if self._exitcode is None and self._popen_pid is not None:
            try:
                pid, status = os.waitpid(self._popen_pid, 0 if block else os.WNOHANG)
            except ChildProcessError:
                return None
            if pid:
                self._exitcode = os.waitstatus_to_exitcode(status)
        return self._exitcode

    def join(self, timeout=None):
        self._check_closed()
        if self._parent_pid != os.getpid():
            raise AssertionError('can only join a child process')
        if self._popen_pid is None:
            raise AssertionError('can only join a started process')
        if timeout is None:
            self._poll(True)
        else:
            deadline = time.monotonic() + timeout
            while self._poll(False) is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                time.sleep(min(0.005, left))
        if self._exitcode is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        if self._popen_pid is None:
            return False
        return self._poll(False) is None

    def terminate(self):
        self._check_closed()
        if self._popen_pid is not None and self._exitcode is None:
            try:
                os.kill(self._popen_pid, 15)
            except ProcessLookupError:
                pass

    def kill(self):
        self._check_closed()
        if self._popen_pid is not None and self._exitcode is None:
            try:
                os.kill(self._popen_pid, 9)
            except ProcessLookupError:
                pass

    def close(self):
        if self._popen_pid is not None and self._exitcode is None and self._poll(False) is None:
            raise ValueError("Cannot close a process while it is still running. You should first call join() or terminate().")
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._popen_pid is not None:
            raise AssertionError('process has already started')
        self._daemonic = value

    @property
    def pid(self):
        return self._popen_pid

    ident = pid

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen_pid is None:
            return None
        return self._poll(False)

    def __repr__(self):
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._popen_pid is None:
            status = 'initial'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        else:
            code = self._poll(False)
            status = 'started' if code is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen_pid is not None:
            info.append('pid=%s' % self._popen_pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if status == 'stopped':
            info.append('exitcode=%s' % _exitcode_names.get(self._exitcode, self._exitcode))
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


_exitcode_names = {-2: '-SIGINT', -9: '-SIGKILL', -10: '-SIGUSR1', -12: '-SIGUSR2', -15: '-SIGTERM'}


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen_pid = os.getpid()
        self._daemonic = False
        self._exitcode = None
        self._closed = False
        self._target = None

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._popen_pid = pid
        self._parent_pid = None
        self._daemonic = False
        self._exitcode = None
        self._closed = False

    def is_alive(self):
        try:
            os.kill(self._popen_pid, 0)
            return True
        except ProcessLookupError:
            return False


_current_process = _MainProcess()
_parent_process = None


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._poll(False) is not None:
            _children.discard(p)


def active_children():
    _cleanup()
    return list(_children)


def _exit_function():
    # util._exit_function: daemonic children are terminated, the others joined.
    for p in list(_children):
        if p.daemon and p._poll(False) is None:
            p.terminate()
    for p in list(_children):
        p.join()


threading._register_atexit(_exit_function)


# --- Connections and pipes -------------------------------------------------------------

class Connection:
    def __init__(self, rfd, wfd, readable=True, writable=True):
        self._rfd = rfd
        self._wfd = wfd
        self._readable = readable
        self._writable = writable
        self._closed = False

    def _check(self, reading):
        if self._closed:
            raise OSError("handle is closed")
        if reading and not self._readable:
            raise OSError("connection is write-only")
        if not reading and not self._writable:
            raise OSError("connection is read-only")

    def send_bytes(self, buf):
        self._check(False)
        n = len(buf)
        os.write(self._wfd, bytes([(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255]) + bytes(buf))

    def send(self, obj):
        self._check(False)
        self.send_bytes(pickle.dumps(obj))

    def _read_exactly(self, n):
        data = b''
        while len(data) < n:
            chunk = os.read(self._rfd, n - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return data

    def recv_bytes(self, maxlength=None):
        self._check(True)
        head = self._read_exactly(4)
        n = (head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]
        return self._read_exactly(n)

    def recv(self):
        return pickle.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        self._check(True)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if _multiprocessing.readable(self._rfd):
                return True
            if deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(0.001)

    def close(self):
        if not self._closed:
            self._closed = True
            for fd in {self._rfd, self._wfd}:
                if fd is not None:
                    try:
                        os.close(fd)
                    except OSError:
                        pass

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    if duplex:
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        return Connection(r1, w2), Connection(r2, w1)
    r, w = os.pipe()
    return Connection(r, None, True, False), Connection(None, w, False, True)


# --- Synchronisation -------------------------------------------------------------------

class SemLock:
    def __init__(self, kind, value, maxvalue):
        self._kind = kind
        self._sem = _multiprocessing.sem_new(kind, value, maxvalue)

    def acquire(self, block=True, timeout=None):
        return _multiprocessing.sem_acquire(self._sem, block, timeout)

    def __getstate__(self):
        _assert_spawning(self)
        return vars(self)

    def release(self):
        _multiprocessing.sem_release(self._sem)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Lock(SemLock):
    def __init__(self):
        SemLock.__init__(self, 0, 1, 1)

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('None' if _multiprocessing.sem_value(self._sem) else 'SomeOtherProcess')


class RLock(SemLock):
    def __init__(self):
        SemLock.__init__(self, 1, 1, 1)


class Semaphore(SemLock):
    def __init__(self, value=1):
        SemLock.__init__(self, 2, value, 2 ** 31 - 1)

    def get_value(self):
        return _multiprocessing.sem_value(self._sem)


class BoundedSemaphore(SemLock):
    def __init__(self, value=1):
        SemLock.__init__(self, 2, value, value)

    def get_value(self):
        return _multiprocessing.sem_value(self._sem)


class Event:
    def __init__(self):
        self._flag = _multiprocessing.shm_new([0])
        self._waiters = Semaphore(0)

    def is_set(self):
        return bool(_multiprocessing.shm_get(self._flag, 0))

    def set(self):
        _multiprocessing.shm_set(self._flag, 0, 1)
        self._waiters.release()

    def clear(self):
        _multiprocessing.shm_set(self._flag, 0, 0)

    def wait(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.is_set():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return False
            if self._waiters.acquire(True, left):
                self._waiters.release()
        return True


class Condition:
    # CPython's multiprocessing.synchronize.Condition: sleepers and wake-ups counted in
    # semaphores, so a notify in one process wakes a wait in another.
    def __init__(self, lock=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _is_mine(self):
        return self._lock._kind == 0 or _multiprocessing.sem_is_mine(self._lock._sem)

    def wait(self, timeout=None):
        assert self._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        # Release the lock as many times as this thread holds it (an RLock's depth).
        count = 0
        while count == 0 or (self._lock._kind == 1 and _multiprocessing.sem_is_mine(self._lock._sem)):
            self._lock.release()
            count += 1
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # Waits that timed out since the last notify are taken off the sleepers.
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, ('notify: Bug in sleeping_count.acquire' + '- res should not be False')
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Barrier(threading.Barrier):
    # threading's Barrier over a process Condition, its state and count in shared memory
    # (CPython's multiprocessing.synchronize.Barrier keeps them in a BufferWrapper).
    def __init__(self, parties, action=None, timeout=None):
        self._id = _thread.allocate("barrier", self, 0)
        self._cond = Condition()
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._shared = _multiprocessing.shm_new([0, 0])

    @property
    def _state(self):
        return _multiprocessing.shm_get(self._shared, 0)

    @_state.setter
    def _state(self, value):
        _multiprocessing.shm_set(self._shared, 0, value)

    @property
    def _count(self):
        return _multiprocessing.shm_get(self._shared, 1)

    @_count.setter
    def _count(self, value):
        _multiprocessing.shm_set(self._shared, 1, value)


# --- Queues ----------------------------------------------------------------------------

class Queue:
    def __init__(self, maxsize=0):
        self._reader, self._writer = Pipe(duplex=False)
        self._rlock = Lock()
        self._maxsize = maxsize
        self._size = _multiprocessing.shm_new([0])
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        try:
            data = pickle.dumps(obj)
        except Exception:
            # CPython pickles in the queue's feeder thread: the error is printed there and the
            # object never arrives (Queue._on_queue_feeder_error).
            import traceback
            traceback.print_exc()
            return
        self._send(data)

    def _send(self, data):
        _multiprocessing.shm_set(self._size, 0, _multiprocessing.shm_get(self._size, 0) + 1)
        self._writer.send_bytes(data)

    def __getstate__(self):
        _assert_spawning(self)
        return vars(self)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if block and timeout is None:
            with self._rlock:
                data = self._reader.recv_bytes()
        else:
            deadline = time.monotonic() + (timeout or 0)
            if not self._rlock.acquire(block, timeout):
                raise _queue_empty()
            try:
                if block:
                    timeout = deadline - time.monotonic()
                    if not self._reader.poll(max(0, timeout)):
                        raise _queue_empty()
                elif not self._reader.poll():
                    raise _queue_empty()
                data = self._reader.recv_bytes()
            finally:
                self._rlock.release()
        _multiprocessing.shm_set(self._size, 0, _multiprocessing.shm_get(self._size, 0) - 1)
        return pickle.loads(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _multiprocessing.shm_get(self._size, 0)

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return bool(self._maxsize) and self.qsize() >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


def _queue_empty():
    import queue
    return queue.Empty()


class SimpleQueue(Queue):
    def put(self, obj):
        # Pickled in the caller's thread: what cannot be pickled raises here.
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        self._send(pickle.dumps(obj))


class JoinableQueue(Queue):
    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._unfinished = _multiprocessing.shm_new([0])
        self._done = Semaphore(0)

    def put(self, obj, block=True, timeout=None):
        _multiprocessing.shm_set(self._unfinished, 0, _multiprocessing.shm_get(self._unfinished, 0) + 1)
        Queue.put(self, obj, block, timeout)

    def task_done(self):
        left = _multiprocessing.shm_get(self._unfinished, 0)
        if left <= 0:
            raise ValueError('task_done() called too many times')
        _multiprocessing.shm_set(self._unfinished, 0, left - 1)
        if left == 1:
            self._done.release()

    def join(self):
        while _multiprocessing.shm_get(self._unfinished, 0):
            self._done.acquire()
        self._done.release()


# --- Shared memory ---------------------------------------------------------------------

class _SharedValue:
    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self._mem = _multiprocessing.shm_new([value])
        self._lock = RLock() if lock is True else lock

    @property
    def value(self):
        return _multiprocessing.shm_get(self._mem, 0)

    @value.setter
    def value(self, v):
        _multiprocessing.shm_set(self._mem, 0, v)

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        kind = 'c_double' if self._typecode == 'd' else 'c_int'
        if self._lock:
            return '<Synchronized wrapper for %s(%r)>' % (kind, self.value)
        return '%s(%r)' % (kind, self.value)


def Value(typecode_or_type, *args, lock=True):
    value = args[0] if args else (0.0 if typecode_or_type in ('d', 'f') else 0)
    return _SharedValue(typecode_or_type, value, lock if lock else None)


class _SharedArray:
    def __init__(self, typecode, values, lock):
        self._typecode = typecode
        self._len = len(values)
        self._mem = _multiprocessing.shm_new(list(values))
        self._lock = RLock() if lock is True else lock

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('invalid index')
        return _multiprocessing.shm_get(self._mem, i)

    def __setitem__(self, i, v):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('invalid index')
        _multiprocessing.shm_set(self._mem, i, v)

    def __iter__(self):
        return iter(self[:])

    def get_lock(self):
        return self._lock

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    if isinstance(size_or_initializer, int):
        values = [0.0 if typecode_or_type in ('d', 'f') else 0] * size_or_initializer
    else:
        values = list(size_or_initializer)
    return _SharedArray(typecode_or_type, values, lock if lock else None)


def Manager():
    # A started SyncManager, as CPython's context.Manager returns.
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    # A function, as CPython's context.Pool is: multiprocessing.pool imports this module.
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)
