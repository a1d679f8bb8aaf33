import threading as _threading
import _thread
from _thread import acquire as _acquire, release as _release, cond_wait as _cond_wait
from _thread import cond_notify as _cond_notify, note as _note
from time import monotonic as _time

from _queue import Empty, SimpleQueue, _put_fast, _get_fast
from _tutor import shortcut as _shortcut
from _collections import deque

_nothing = object()

class Full(Exception):
    pass

class Queue:
    _kind = "queue"
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self._id = _thread.allocate("queue", self, 0)
        self.mutex = _thread._make_lock("lock", self._id)
        self.not_empty = _threading.Condition(self.mutex, self._id)
        self.not_full = _threading.Condition(self.mutex, self._id)
        self.all_tasks_done = _threading.Condition(self.mutex, self._id)
        self.unfinished_tasks = 0
        self._mid = self.mutex._id
        self._ne = self.not_empty._id
        self._nf = self.not_full._id
        # A Queue whose storage hooks are the ones below can be put to and got from by the
        # natives, on its deque's list in place. Subclasses that override a hook go through it.
        cls = type(self)
        self._plain = (cls._init is Queue._init and cls._qsize is Queue._qsize
                       and cls._put is Queue._put and cls._get is Queue._get)
    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished
    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()
    def qsize(self):
        with self.mutex:
            return self._qsize()
    def empty(self):
        with self.mutex:
            return not self._qsize()
    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()
    # The engine may run the two lines of the fast path without a frame: the same steps and
    # time (Interpreter+Shortcuts.swift).
    @_shortcut
    def put(self, item, block=True, timeout=None):
        # When the put cannot block and has no timeout, one native does what the code below
        # does (World/QueueNatives.swift); it declines (False) whenever it would have to wait.
        if _put_fast(self, item, timeout):
            return
        # queue.py's `with self.not_full:` spelled with the natives (fewer frames per item).
        _acquire(self._mid)
        try:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        _cond_wait(self._nf, None)
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - _time()
                        if remaining <= 0.0:
                            raise Full
                        _cond_wait(self._nf, remaining)
            self._put(item)
            self.unfinished_tasks += 1
            _note(self._id, "put", self._qsize())
            _cond_notify(self._ne, 1)
        finally:
            _release(self._mid)
    @_shortcut
    def get(self, block=True, timeout=None):
        item = _get_fast(self, timeout, _nothing)
        if item is not _nothing:
            return item
        _acquire(self._mid)
        try:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    _cond_wait(self._ne, None)
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = _time() + timeout
                while not self._qsize():
                    remaining = endtime - _time()
                    if remaining <= 0.0:
                        raise Empty
                    _cond_wait(self._ne, remaining)
            item = self._get()
            _note(self._id, "get", self._qsize())
            _cond_notify(self._nf, 1)
            return item
        finally:
            _release(self._mid)
    def put_nowait(self, item):
        return self.put(item, block=False)
    def get_nowait(self):
        return self.get(block=False)
    def _init(self, maxsize):
        self.queue = deque()
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.append(item)
    def _get(self):
        return self.queue.popleft()

class PriorityQueue(Queue):
    def _init(self, maxsize):
        # heapq imported on first use: most programs that import queue never make one.
        global _heappush, _heappop
        from heapq import heappush as _heappush, heappop as _heappop
        self.queue = []
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        _heappush(self.queue, item)
    def _get(self):
        return _heappop(self.queue)

class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.append(item)
    def _get(self):
        return self.queue.pop()
