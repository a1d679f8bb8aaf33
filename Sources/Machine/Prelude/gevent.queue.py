"""gevent.queue as gevent 24+ behaves: Queue (also JoinableQueue: task_done/join), SimpleQueue,
PriorityQueue, LifoQueue, UnboundQueue and Channel, for greenlets; Empty and Full are the
standard library's queue.Empty and queue.Full. A put or get that can proceed never switches;
waiters are woken from one hub callback."""
import sys
import collections
from heapq import heappush as _heappush, heappop as _heappop, heapify as _heapify
import queue as __queue__
from greenlet import getcurrent
from gevent.hub import get_hub, Waiter
from gevent.timeout import Timeout
from gevent.exceptions import InvalidSwitchError

Full = __queue__.Full
Empty = __queue__.Empty

__all__ = ['Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue', 'JoinableQueue', 'Channel',
           'UnboundQueue', 'ShutDown', 'Empty', 'Full']


class ShutDown(Exception):
    """Raised by put/get on a queue that was shut down."""


def _safe_remove(deq, item):
    try:
        deq.remove(item)
    except ValueError:
        pass


class ItemWaiter(Waiter):
    """A blocked put: the item waits with its greenlet until there is room."""
    __slots__ = ('item', 'queue')

    def __init__(self, item, queue):
        Waiter.__init__(self)
        self.item = item
        self.queue = queue

    def put_and_switch(self):
        self.queue._put(self.item)
        self.queue = None
        self.item = None
        return self.switch(self)


class _QueueBase(object):
    """What the queues and Channel share: reprs, iteration, the no-wait calls, the unlock callback."""

    def __repr__(self):
        return '<%s at %s%s>' % (type(self).__name__, hex(id(self)), self._format())

    def __str__(self):
        return '<%s%s>' % (type(self).__name__, self._format())

    def put_nowait(self, item):
        self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def _wait_to_put(self, entry, waiter, timeout):
        """Queues `entry` among the putters and waits until a getter takes it (or Full)."""
        self.putters.append(entry)
        timeout = Timeout._start_new_or_dummy(timeout, Full)
        try:
            if self.getters:
                self._schedule_unlock()
            result = waiter.get()
            if result is not waiter:
                raise InvalidSwitchError("Invalid switch into %s.put: %r" % (type(self).__name__, result))
        finally:
            timeout.cancel()
            _safe_remove(self.putters, entry)

    def _schedule_unlock(self):
        if not self._event_unlock:
            self._event_unlock = self.hub.loop.run_callback(self._unlock)

    def __iter__(self):
        return self

    def __next__(self):
        result = self.get()
        if result is StopIteration:
            raise result
        return result

    next = __next__


class SimpleQueue(_QueueBase):
    """A FIFO queue for greenlets, without task tracking."""

    def __init__(self, maxsize=None, items=()):
        if maxsize is not None and maxsize <= 0:
            maxsize = None
        self._maxsize = maxsize if maxsize is not None else -1
        self.getters = collections.deque()
        self.putters = collections.deque()
        self.hub = get_hub()
        self._event_unlock = None
        self.is_shutdown = False
        self.queue = self._create_queue(items)

    def _qsize(self):
        return len(self.queue)

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    def _create_queue(self, items=()):
        return collections.deque(items)

    def _peek(self):
        return self.queue[0]

    @property
    def maxsize(self):
        return self._maxsize if self._maxsize > 0 else None

    @maxsize.setter
    def maxsize(self, nv):
        self._maxsize = -1 if nv is None or nv <= 0 else nv

    def copy(self):
        return type(self)(self.maxsize, self.queue)

    def _format(self):
        result = []
        if self.maxsize is not None:
            result.append('maxsize=%r' % (self.maxsize,))
        if getattr(self, 'queue', None):
            result.append('queue=%r' % (self.queue,))
        if self.getters:
            result.append('getters[%s]' % len(self.getters))
        if self.putters:
            result.append('putters[%s]' % len(self.putters))
        if result:
            return ' ' + ' '.join(result)
        return ''

    def qsize(self):
        return self._qsize()

    def __len__(self):
        return self.qsize()

    def __bool__(self):
        return True

    def empty(self):
        return not self.qsize()

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    def put(self, item, block=True, timeout=None):
        """Puts an item, waiting (up to `timeout`, then Full) while the queue is full."""
        if self.is_shutdown:
            raise ShutDown
        if self._maxsize == -1 or self.qsize() < self._maxsize:
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            self._put(item)
            if self.getters:
                self._schedule_unlock()
            return
        if self.hub is getcurrent():
            while self.getters and self.qsize() and self.qsize() >= self._maxsize:
                getter = self.getters.popleft()
                getter.switch(getter)
            if self.qsize() < self._maxsize:
                self._put(item)
                return
            raise Full
        if block:
            waiter = ItemWaiter(item, self)
            self._wait_to_put(waiter, waiter, timeout)
            return
        raise Full

    def _get_or_peek(self, method, block, timeout):
        if self.is_shutdown:
            raise ShutDown
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if self.hub is getcurrent():
            while self.putters:
                self.putters.popleft().put_and_switch()
                if self.qsize():
                    return method()
            raise Empty
        if not block:
            raise Empty
        waiter = Waiter()
        timeout = Timeout._start_new_or_dummy(timeout, Empty)
        try:
            self.getters.append(waiter)
            if self.putters:
                self._schedule_unlock()
            result = waiter.get()
            if result is not waiter:
                raise InvalidSwitchError('Invalid switch into Queue.get: %r' % (result,))
            return method()
        finally:
            timeout.cancel()
            _safe_remove(self.getters, waiter)

    def get(self, block=True, timeout=None):
        """Takes an item, waiting (up to `timeout`, then Empty) while the queue is empty."""
        if self.qsize():
            if self.putters:
                self._schedule_unlock()
            return self._get()
        return self._get_or_peek(self._get, block, timeout)

    def peek(self, block=True, timeout=None):
        if self.qsize():
            return self._peek()
        return self._get_or_peek(self._peek, block, timeout)

    def peek_nowait(self):
        return self.peek(False)

    def _unlock(self):
        while True:
            repeat = False
            if self.putters and (self._maxsize == -1 or self.qsize() < self._maxsize):
                repeat = True
                try:
                    putter = self.putters.popleft()
                    self._put(putter.item)
                except:  # noqa: E722
                    putter.throw(*sys.exc_info())
                else:
                    putter.switch(putter)
            if self.getters and self.qsize():
                repeat = True
                getter = self.getters.popleft()
                getter.switch(getter)
            if not repeat:
                return



class Queue(SimpleQueue):
    """A FIFO queue for greenlets that counts unfinished tasks (task_done, join)."""

    def __init__(self, maxsize=None, items=(), unfinished_tasks=None):
        SimpleQueue.__init__(self, maxsize, items)
        from gevent.event import Event
        self._cond = Event()
        self._cond.set()
        if unfinished_tasks:
            self.unfinished_tasks = unfinished_tasks
        elif items:
            self.unfinished_tasks = len(items)
        else:
            self.unfinished_tasks = 0
        if self.unfinished_tasks:
            self._cond.clear()

    def copy(self):
        return type(self)(self.maxsize, self.queue, self.unfinished_tasks)

    def _format(self):
        result = SimpleQueue._format(self)
        if self.unfinished_tasks:
            result += ' tasks=%s _cond=%s' % (self.unfinished_tasks, self._cond)
        return result

    def _put(self, item):
        SimpleQueue._put(self, item)
        self._did_put_task()

    def _did_put_task(self):
        self.unfinished_tasks += 1
        self._cond.clear()

    def task_done(self):
        """Marks one taken item as processed; join() returns when none is left."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            self._cond.set()

    def join(self, timeout=None):
        """Waits until every item put has been marked task_done()."""
        return self._cond.wait(timeout=timeout)

    def shutdown(self, immediate=False):
        self.is_shutdown = True
        if immediate:
            while self.qsize():
                self.get()
                self.task_done()
        waiters = list(self.getters) + list(self.putters)
        self.getters.clear()
        self.putters.clear()
        for waiter in waiters:
            self.hub.loop.run_callback(waiter.throw, ShutDown)


JoinableQueue = Queue


class UnboundQueue(Queue):
    """A Queue without a maximum size: put never blocks."""

    def __init__(self, maxsize=None, items=()):
        if maxsize is not None:
            raise ValueError('UnboundQueue has no maxsize')
        Queue.__init__(self, maxsize, items)
        self.putters = None

    def put(self, item, block=True, timeout=None):
        self._put(item)
        if self.getters:
            self._schedule_unlock()


class PriorityQueue(Queue):
    """A Queue that hands out the lowest item first (heapq)."""

    def _create_queue(self, items=()):
        q = list(items)
        _heapify(q)
        return q

    def _put(self, item):
        _heappush(self.queue, item)
        self._did_put_task()

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A Queue that hands out the newest item first."""

    def _create_queue(self, items=()):
        return list(items)

    def _put(self, item):
        self.queue.append(item)
        self._did_put_task()

    def _get(self):
        return self.queue.pop()

    def _peek(self):
        return self.queue[-1]


class Channel(_QueueBase):
    """A queue of size 0: put waits until a getter takes the item."""

    def __init__(self, maxsize=1):
        if maxsize != 1:
            raise ValueError('Channels have a maxsize of 1')
        self.getters = collections.deque()
        self.putters = collections.deque()
        self.hub = get_hub()
        self._event_unlock = None

    def _format(self):
        result = ' '
        if self.getters:
            result += ' getters[%s]' % len(self.getters)
        if self.putters:
            result += ' putters[%s]' % len(self.putters)
        return result

    @property
    def balance(self):
        return len(self.putters) - len(self.getters)

    def qsize(self):
        return 0

    def empty(self):
        return True

    def full(self):
        return True

    def put(self, item, block=True, timeout=None):
        if self.hub is getcurrent():
            if self.getters:
                getter = self.getters.popleft()
                getter.switch(item)
                return
            raise Full
        if not block:
            timeout = 0
        waiter = Waiter()
        self._wait_to_put((item, waiter), waiter, timeout)

    def get(self, block=True, timeout=None):
        if self.hub is getcurrent():
            if self.putters:
                item, putter = self.putters.popleft()
                self.hub.loop.run_callback(putter.switch, putter)
                return item
        if not block:
            timeout = 0
        waiter = Waiter()
        timeout = Timeout._start_new_or_dummy(timeout, Empty)
        try:
            self.getters.append(waiter)
            if self.putters:
                self._schedule_unlock()
            return waiter.get()
        except:  # noqa: E722
            self.getters.remove(waiter)
            raise
        finally:
            timeout.close()

    def _unlock(self):
        while self.putters and self.getters:
            getter = self.getters.popleft()
            item, putter = self.putters.popleft()
            getter.switch(item)
            putter.switch(putter)

