# multiprocessing.pool.Pool on forked workers: tasks go to the workers through one queue,
# results come back through another, and a thread in the parent hands them to their
# AsyncResult (and callbacks), as in CPython 3.11's Lib/multiprocessing/pool.py, trimmed.
import os
import threading
import traceback
import multiprocessing
import _multiprocessing

TERMINATE = 2


class RemoteTraceback(Exception):
    # The worker's traceback as text, the __cause__ of the exception re-raised in the parent.
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _RemoteError:
    # What a worker sends for an exception: the exception and its traceback text, joined again
    # in the parent (CPython's ExceptionWithTraceback and rebuild_exc).
    def __init__(self, exc, tb):
        self.exc = exc
        self.tb = '\n"""\n%s"""' % ''.join(traceback.format_exception(exc))

    def rebuild(self, remote_traceback):
        self.exc.__cause__ = remote_traceback(self.tb)
        return self.exc


def _mapstar(func, chunk):
    # One task of a map: a chunk of argument tuples, its results as one list.
    return [func(*args) for args in chunk]


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, planned_exit=None):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, _RemoteError(e, e.__traceback__))
        outqueue.put((job, i, result))
        completed += 1
    # The pool's watcher tells this exit from a worker dying in a task.
    if planned_exit is not None:
        _multiprocessing.shm_set(planned_exit, 0, 1)


class ApplyResult:
    def __init__(self, pool, callback, error_callback, length=None):
        self._pool = pool
        self._event = threading.Event()
        self._job = pool._next_job()
        self._callback = callback
        self._error_callback = error_callback
        pool._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("%r not ready" % self)
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise multiprocessing.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._pool._cache[self._job]


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        self._number_left = length // chunksize + bool(length % chunksize)
        if length == 0:
            self._event.set()
            del self._pool._cache[self._job]

    def _set(self, i, success_result):
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        elif self._success:
            self._success = False
            self._value = result
        self._number_left -= 1
        if self._number_left == 0:
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)
            del self._pool._cache[self._job]
            self._event.set()


class IMapIterator:
    def __init__(self, pool, length, ordered):
        self._cond = threading.Condition()
        self._items = {}
        self._arrived = []
        self._next = 0
        self._length = length
        self._ordered = ordered
        self._job = pool._next_job()
        self._pool = pool
        pool._cache[self._job] = self

    def __iter__(self):
        return self

    def __next__(self):
        with self._cond:
            if self._next >= self._length:
                raise StopIteration
            if self._ordered:
                while self._next not in self._items:
                    self._cond.wait()
                success, value = self._items.pop(self._next)
            else:
                while not self._arrived:
                    self._cond.wait()
                success, value = self._arrived.pop(0)
            self._next += 1
        if success:
            return value
        raise value

    next = __next__

    def _set(self, i, obj):
        with self._cond:
            if self._ordered:
                self._items[i] = obj
            else:
                self._arrived.append(obj)
            self._cond.notify()
            self._length_left = None


class Pool:
    _counter = 0

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        self._processes = processes
        self._inqueue = multiprocessing.SimpleQueue()
        self._outqueue = multiprocessing.SimpleQueue()
        self._cache = {}
        self._job_counter = 0
        self._state = 'RUN'
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._remote_traceback = RemoteTraceback
        # Called instead of replacing a worker that died in a task (ProcessPoolExecutor).
        self._on_abrupt_exit = None
        self._pool = []
        self._watchers = []
        for _ in range(processes):
            self._start_worker()
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()

    def _start_worker(self):
        Pool._counter += 1
        planned_exit = _multiprocessing.shm_new([0])
        w = multiprocessing.Process(target=worker, args=(self._inqueue, self._outqueue, self._initializer,
                                                         self._initargs, self._maxtasksperchild, planned_exit))
        w.name = 'ForkPoolWorker-%d' % Pool._counter
        w.daemon = True
        w.start()
        self._pool.append(w)
        if self._state == 'TERMINATE':
            # terminate() ran while this replacement was starting.
            w.terminate()
        watcher = threading.Thread(target=self._watch_worker, args=(w, planned_exit), daemon=True)
        self._watchers.append(watcher)
        watcher.start()

    def _watch_worker(self, w, planned_exit):
        # CPython's worker handler (_maintain_pool): a worker that exited is replaced while the
        # pool runs, at once here (the handler thread waits on the workers' sentinels).
        w.join()
        if w in self._pool:
            self._pool.remove(w)
        if self._state == 'TERMINATE':
            return
        if not _multiprocessing.shm_get(planned_exit, 0) and self._on_abrupt_exit is not None:
            self._on_abrupt_exit()
        elif self._state == 'RUN':
            self._start_worker()

    def _next_job(self):
        self._job_counter += 1
        return self._job_counter

    def _handle_results(self):
        while True:
            task = self._outqueue.get()
            if task is None:
                return
            job, i, obj = task
            if not obj[0] and isinstance(obj[1], _RemoteError):
                obj = (False, obj[1].rebuild(self._remote_traceback))
            if job in self._cache:
                self._cache[job]._set(i, obj)

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        try:
            self._inqueue.put((result._job, 0, func, tuple(args), dict(kwds)))
        except BaseException:
            del self._cache[result._job]
            raise
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, [(x,) for x in iterable], chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, [tuple(x) for x in iterable], chunksize, callback, error_callback)

    def _map_async(self, func, argsets, chunksize, callback, error_callback):
        self._check_running()
        if chunksize is None:
            # CPython's default: about four chunks per worker.
            chunksize, extra = divmod(len(argsets), len(self._pool) * 4)
            if extra:
                chunksize += 1
        chunksize = max(chunksize, 1)
        result = MapResult(self, chunksize, len(argsets), callback, error_callback)
        try:
            for i in range(0, len(argsets), chunksize):
                chunk = argsets[i:i + chunksize]
                self._inqueue.put((result._job, i // chunksize, _mapstar, (func, chunk), {}))
        except BaseException:
            self._cache.pop(result._job, None)
            raise
        return result

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, False)

    def _imap(self, func, iterable, ordered):
        self._check_running()
        items = list(iterable)
        result = IMapIterator(self, len(items), ordered)
        for i, x in enumerate(items):
            self._inqueue.put((result._job, i, func, (x,), {}))
        return result

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        self._stop_workers()
        self._join_watchers()

    def _stop_workers(self):
        self._state = 'TERMINATE'
        for w in list(self._pool):
            w.terminate()

    def _join_watchers(self):
        # The watchers reap the workers (two joins of one process would race for its status).
        me = threading.current_thread()
        while self._watchers:
            watcher = self._watchers.pop(0)
            if watcher is not me:
                watcher.join()

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        self._join_watchers()
        while self._cache and self._state != 'TERMINATE':
            next(iter(self._cache.values())).wait()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (self._state, self._processes)


class ThreadPool:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("multiprocessing.pool.ThreadPool is not in the tutor yet: use concurrent.futures.ThreadPoolExecutor")
