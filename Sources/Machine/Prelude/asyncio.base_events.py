__all__ = ('BaseEventLoop', 'SelectorEventLoop')

# Lib/asyncio/base_events.py 3.11, trimmed to the loop without sockets: ready callbacks, timers
# and callbacks from other threads. CPython's loop blocks in its selector until the next timer
# or a file descriptor is ready; this one blocks in `_select` on a threading.Condition with the
# time to the next timer, which advances virtual time in the engine and which another thread's
# `call_soon_threadsafe` wakes, until it watches a descriptor (asyncio.selector_events).

import atexit
import bisect
import concurrent.futures
import math
import sys
import threading
import time
import asyncio.events as events
import asyncio.exceptions as exceptions
import asyncio.futures as futures

try:
    from _thread import format_exception as _format_exception
except ImportError:
    import traceback as _traceback

    def _format_exception(exc):
        return ''.join(_traceback.format_exception(exc))

# The run view's event loop pane (watched runs only; elsewhere one test per callback).
try:
    from _tutor import watching as _watching, trace_loop as _trace_loop
    if not _watching():
        _trace_loop = None
except ImportError:
    _trace_loop = None

# When cancelled timers are more than half of many, the list is rebuilt without them (CPython).
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _loop_condition():
    # The tutor's Condition takes a label for deadlock reports and the run view; CPython's not.
    try:
        return threading.Condition(None, -1, "asyncio event loop")
    except TypeError:
        return threading.Condition()


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):
    """The event loop: ready callbacks, a heap of timers, and a queue for other threads."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = []
        # Timers sorted latest first, as (-when, -sequence, handle): the next one is popped from
        # the end, equal times run in the order they were scheduled, and a timer later than all
        # others (the usual case) is inserted at the front without a search. CPython keeps a
        # heap; the engine's heapq is Python, and a heappop costs a sift of Python steps.
        self._scheduled = []
        self._sequence = 0
        self._default_executor = None
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._executor_shutdown_called = False
        # Tasks of this loop not yet done, in creation order (CPython: a WeakSet).
        self._tasks = {}
        self._unretrieved = []
        self._wakeup = _loop_condition()
        self._threadsafe = []
        atexit.register(self._report_at_exit)

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._task_factory is None:
            task = _tasks.Task(coro, loop=self, name=name)
        else:
            task = self._task_factory(self, coro)
            _tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""

    async def shutdown_default_executor(self):
        """Schedule the shutdown of the default executor."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        try:
            self._thread_id = threading.get_ident()
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until the Future is done."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = _tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        if future._state == futures._FINISHED and future._exception is not None:
            # Raised here, as CPython's C result() adds no frame of its own to the traceback.
            future._log_traceback = False
            raise future._exception
        return future.result()

    def stop(self):
        """Stop running the event loop."""
        self._stopping = True

    def close(self):
        """Close the event loop; what CPython's collector would report is reported now."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._scheduled = []
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        self._report_unretrieved()

    def _report_unretrieved(self):
        for fut in self._unretrieved:
            if fut._log_traceback:
                fut._log_traceback = False
                self.call_exception_handler({
                    'message': f'{fut.__class__.__name__} exception was never retrieved',
                    'exception': fut._exception, 'future': fut})
        self._unretrieved = []

    def _report_at_exit(self):
        # CPython's collector finalizes what is left at exit: each pending task's coroutine is
        # closed (its finally blocks run), then the task reports itself.
        if not self._closed:
            self._report_unretrieved()
        for task in list(self._tasks):
            if not task.done() and task._log_destroy_pending:
                try:
                    task._coro.close()
                except BaseException:
                    pass
                self.call_exception_handler({'task': task, 'message': 'Task was destroyed but it is pending!'})

    def _note_unretrieved(self, fut):
        self._unretrieved.append(fut)

    def is_closed(self):
        """Returns True if the event loop was closed."""
        return self._closed

    def is_running(self):
        """Returns True if the event loop is running."""
        return self._thread_id is not None

    def time(self):
        """The loop's clock: time.monotonic(), virtual in the tutor."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Arrange for a callback to be called at a given time."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Like call_later(), but uses an absolute time."""
        if when is None:
            raise TypeError('when cannot be None')
        if self._closed:
            raise RuntimeError('Event loop is closed')
        timer = events.TimerHandle(when, callback, args, self, context)
        self._sequence += 1
        entry = (-when, -self._sequence, timer)
        scheduled = self._scheduled
        if not scheduled or entry < scheduled[0]:
            scheduled.insert(0, entry)
        else:
            bisect.insort(scheduled, entry)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Arrange for a callback to be called as soon as possible."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), but thread-safe."""
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        with self._wakeup:
            self._threadsafe.append(handle)
            self._wakeup.notify()
        return handle

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (the default thread pool if None); return an asyncio Future."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def get_exception_handler(self):
        """Return an exception handler, or None if the default one is in use."""
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler as the new event loop exception handler."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Default exception handler: what CPython's asyncio logger prints on stderr."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(log_lines) + '\n'
        exception = context.get('exception')
        if exception is not None:
            text += _format_exception(exception)
        sys.stderr.write(text)

    def call_exception_handler(self, context):
        """Call the current event loop's exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                sys.stderr.write('Exception in default exception handler\n' + _format_exception(exc))
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc, 'context': context})
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    sys.stderr.write('Exception in default exception handler while handling an '
                                     'unexpected error in custom exception handler\n'
                                     + _format_exception(exc2))

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _select(self, timeout):
        # The selector's place (CPython: self._selector.select(timeout)). It sleeps until the
        # next timer or a thread's call_soon_threadsafe; a loop watching sockets waits in its
        # selector instead (asyncio.selector_events overrides this).
        if timeout == 0 and not self._threadsafe:
            return
        if timeout is not None and timeout > 0:
            # epoll counts whole milliseconds and CPython's EpollSelector rounds up, so timers
            # that fall due within a millisecond of each other run in the same iteration.
            timeout = math.ceil(timeout * 1e3) * 1e-3
        with self._wakeup:
            if not self._threadsafe and timeout != 0:
                self._wakeup.wait(timeout)
            arrived = self._threadsafe
            self._threadsafe = []
        self._ready.extend(arrived)

    def _run_once(self):
        """One full iteration of the event loop: wait, move due timers, run what is ready."""
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for entry in scheduled:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    kept.append(entry)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[-1][2]._cancelled:
                self._timer_cancelled_count -= 1
                scheduled.pop()[2]._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = min(max(0, -scheduled[-1][0] - self.time()), MAXIMUM_SELECT_TIMEOUT)
        if _trace_loop is not None:
            _trace_loop(self, (), 0)
        self._select(timeout)

        if scheduled:
            # -when > -end_time is when < end_time.
            neg_end = -(self.time() + self._clock_resolution)
            ready = self._ready
            while scheduled and scheduled[-1][0] > neg_end:
                handle = scheduled.pop()[2]
                handle._scheduled = False
                ready.append(handle)

        # Callbacks scheduled by these run in the next iteration, as in CPython.
        todo = self._ready
        self._ready = []
        i = 0
        try:
            for handle in todo:
                i += 1
                if not handle._cancelled:
                    if _trace_loop is not None:
                        _trace_loop(self, todo, i)
                    handle._run()
        finally:
            if i < len(todo):
                # SystemExit or KeyboardInterrupt left a callback: the rest stay ready.
                self._ready[:0] = todo[i:]

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


# Last: asyncio.tasks is imported before this module by the package, and uses it only in calls.
import asyncio.tasks as _tasks
# The selector (sockets, servers) subclasses BaseEventLoop, so it comes after it.
from asyncio.selector_events import BaseSelectorEventLoop, Server


class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    """The loop asyncio.new_event_loop() makes (CPython's name on Linux)."""


SelectorEventLoop = _UnixSelectorEventLoop
