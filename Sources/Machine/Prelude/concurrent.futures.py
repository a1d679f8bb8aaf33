import threading as _threading
import _thread
import queue as _queue
from time import monotonic as _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

class Error(Exception):
    pass

class CancelledError(Error):
    pass

TimeoutError = TimeoutError

class InvalidStateError(Error):
    pass

class BrokenExecutor(RuntimeError):
    pass

_any_done = None

def _done_condition():
    global _any_done
    if _any_done is None:
        _any_done = _threading.Condition(None, -1, "futures.wait")
    return _any_done

def _logger():
    # CPython's module-level LOGGER, imported on first use so futures do not import logging.
    import logging
    return logging.getLogger("concurrent.futures")

class Future:
    def __init__(self):
        self._id = _thread.allocate("future", self, 0)
        self._condition = _threading.Condition(_thread._make_lock("lock", self._id), self._id)
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []
    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _logger().exception('exception calling callback for %r', self)
    def __repr__(self):
        with self._condition:
            state = 'cancelled' if self._state == _CANCELLED_AND_NOTIFIED else self._state.lower()
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), state, self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), state, self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)
    def cancel(self):
        with self._condition:
            if self._state in [_RUNNING, _FINISHED]:
                return False
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        _thread.note(self._id, "set", 2)
        _notify_any()
        self._invoke_callbacks()
        return True
    def cancelled(self):
        with self._condition:
            return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]
    def running(self):
        with self._condition:
            return self._state == _RUNNING
    def done(self):
        with self._condition:
            return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]
    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result
    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)
    def result(self, timeout=None):
        with self._condition:
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self.__get_result()
            self._condition.wait(timeout)
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self.__get_result()
            raise TimeoutError()
    def exception(self, timeout=None):
        with self._condition:
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self._exception
            raise TimeoutError()
    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                return False
            elif self._state == _PENDING:
                self._state = _RUNNING
                _thread.note(self._id, "changed", 1)
                return True
            raise RuntimeError('Future in unexpected state')
    def set_result(self, result):
        with self._condition:
            if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        _thread.note(self._id, "set", 3)
        _notify_any()
        self._invoke_callbacks()
    def set_exception(self, exception):
        with self._condition:
            if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        _thread.note(self._id, "set", 3)
        _notify_any()
        self._invoke_callbacks()

def _notify_any():
    c = _done_condition()
    with c:
        c.notify_all()

def _is_done(f):
    return f._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]

def as_completed(fs, timeout=None):
    if timeout is not None:
        end_time = timeout + _time()
    fs = list(dict.fromkeys(fs))
    total = len(fs)
    pending = list(fs)
    c = _done_condition()
    while pending:
        with c:
            finished = [f for f in pending if _is_done(f)]
            if not finished:
                if timeout is None:
                    c.wait()
                else:
                    wait_timeout = end_time - _time()
                    if wait_timeout < 0:
                        raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
                    c.wait(wait_timeout)
                continue
        for f in finished:
            pending.remove(f)
            yield f

class DoneAndNotDoneFutures:
    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done
    def __iter__(self):
        return iter((self.done, self.not_done))
    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    end_time = None
    c = _done_condition()
    while True:
        with c:
            done = set(f for f in fs if _is_done(f))
            not_done = fs - done
            if return_when == FIRST_COMPLETED and done:
                break
            if return_when == FIRST_EXCEPTION and any(f._state == _FINISHED and f._exception is not None for f in done):
                break
            if not not_done:
                break
            if timeout is None:
                c.wait()
            elif end_time is None:
                # _base.py waits once, `waiter.event.wait(timeout)`: a timeout that is not
                # > 0 (NaN too) returns at once, and the first wait gets it as given.
                if not timeout > 0:
                    break
                end_time = _time() + timeout
                c.wait(timeout)
            else:
                remaining = end_time - _time()
                if remaining <= 0:
                    break
                c.wait(remaining)
    return DoneAndNotDoneFutures(done, fs - done)

class Executor:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _map_results(fs, timeout, end_time if timeout is not None else None)

def _map_results(fs, timeout, end_time):
    try:
        fs.reverse()
        while fs:
            if timeout is None:
                yield fs.pop().result()
            else:
                yield fs.pop().result(end_time - _time())
    finally:
        for future in fs:
            future.cancel()

class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)

def _worker(executor, work_queue):
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        if _shutdown or executor._shutdown:
            work_queue.put(None)
            return

_executor_counter = 0
# Workers are non-daemon threads; at exit threading runs _python_exit, which lets every
# worker finish the queued work and joins it (concurrent/futures/thread.py in 3.9+).
_threads_queues = {}
_shutdown = False

def _python_exit():
    global _shutdown
    _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()

_threading._register_atexit(_python_exit)

class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _executor_counter
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = _threading.Semaphore(0)
        self._threads = set()
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        name = thread_name_prefix
        if not name:
            name = "ThreadPoolExecutor-%d" % _executor_counter
            _executor_counter += 1
        self._thread_name_prefix = name
        self._initializer = initializer
        self._initargs = initargs
    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = _threading.Thread(name=thread_name, target=_worker, args=(self, self._work_queue))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue
    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()


class BrokenProcessPool(BrokenExecutor):
    # Where CPython defines it, as tracebacks name it.
    __module__ = 'concurrent.futures.process'


class _RemoteTraceback(Exception):
    __module__ = 'concurrent.futures.process'

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ProcessPoolExecutor(Executor):
    # Forked workers of a multiprocessing Pool; each future is settled by the pool's result
    # thread in this process (CPython 3.11 uses its own call queue and manager thread).
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        import os
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks = max_tasks_per_child
        self._pool = None
        self._shutdown = False
        self._broken = False

    def _start_pool(self):
        import multiprocessing.pool
        self._pool = multiprocessing.pool.Pool(self._max_workers, self._initializer, self._initargs, self._max_tasks)
        self._pool._remote_traceback = _RemoteTraceback
        self._pool._on_abrupt_exit = self._worker_died

    def _worker_died(self):
        # CPython's terminate_broken: every future still running or pending fails, the other
        # workers are killed, and the executor takes no more work.
        self._broken = True
        pool = self._pool
        pool._stop_workers()
        for result in list(pool._cache.values()):
            error = BrokenProcessPool("A process in the process pool was terminated abruptly while the future was running or pending.")
            result._set(0, (False, error))

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenProcessPool('A child process terminated abruptly, the process pool is not usable anymore')
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if self._pool is None:
            self._start_pool()
        f = Future()
        f.set_running_or_notify_cancel()
        try:
            self._pool.apply_async(fn, args, kwargs, callback=f.set_result, error_callback=f.set_exception)
        except Exception as e:
            # What cannot be pickled fails the future, as CPython's queue feeder does.
            f.set_exception(e)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if self._pool is not None:
            self._pool.close()
            if wait:
                self._pool.join()
