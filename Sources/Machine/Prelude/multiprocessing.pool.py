# multiprocessing.pool.Pool on forked workers: tasks go to the workers through one queue,
# results come back through another, and a thread in the parent hands them to their
# AsyncResult (and callbacks), as in CPython 3.11's Lib/multiprocessing/pool.py, trimmed.
import os
import threading
import multiprocessing

TERMINATE = 2


class RemoteTraceback(Exception):
    pass


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
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
            result = (False, e)
        outqueue.put((job, i, result))
        completed += 1


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
    def __init__(self, pool, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._number_left = length
        if length == 0:
            self._event.set()
            del self._pool._cache[self._job]

    def _set(self, i, success_result):
        success, result = success_result
        if success and self._success:
            self._value[i] = result
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
        self._processes = processes
        self._inqueue = multiprocessing.SimpleQueue()
        self._outqueue = multiprocessing.SimpleQueue()
        self._cache = {}
        self._job_counter = 0
        self._state = 'RUN'
        self._pool = []
        for _ in range(processes):
            Pool._counter += 1
            w = multiprocessing.Process(target=worker, args=(self._inqueue, self._outqueue, initializer, initargs,
                                                            maxtasksperchild))
            w.name = 'ForkPoolWorker-%d' % Pool._counter
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()

    def _next_job(self):
        self._job_counter += 1
        return self._job_counter

    def _handle_results(self):
        while True:
            task = self._outqueue.get()
            if task is None:
                return
            job, i, obj = task
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
        return self._map_async(func, [(x,) for x in iterable], callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, [tuple(x) for x in iterable], callback, error_callback)

    def _map_async(self, func, argsets, callback, error_callback):
        self._check_running()
        result = MapResult(self, len(argsets), callback, error_callback)
        try:
            for i, args in enumerate(argsets):
                self._inqueue.put((result._job, i, func, args, {}))
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
        self._state = 'TERMINATE'
        for w in self._pool:
            w.terminate()
        for w in self._pool:
            w.join()

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        for w in self._pool:
            w.join()
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
