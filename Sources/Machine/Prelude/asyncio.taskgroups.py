__all__ = ('TaskGroup',)

# Lib/asyncio/taskgroups.py 3.11.

import asyncio.events as events
import asyncio.exceptions as exceptions
import asyncio.tasks as tasks

try:
    _exception_group = BaseExceptionGroup
except NameError:
    # Until the engine has the builtin (PEP 654): enough of it for a TaskGroup's errors.
    class BaseExceptionGroup(BaseException):
        """A combination of multiple unrelated exceptions."""

        def __init__(self, message, exceptions):
            super().__init__(message, exceptions)
            self.message = message
            self.exceptions = tuple(exceptions)

        def __str__(self):
            n = len(self.exceptions)
            return f"{self.message} ({n} sub-exception{'s' if n > 1 else ''})"

        def __repr__(self):
            return f'{type(self).__name__}({self.message!r}, {list(self.exceptions)!r})'

        def derive(self, excs):
            return _exception_group(self.message, excs)

        def subgroup(self, condition):
            matched, _ = self.split(condition)
            return matched

        def split(self, condition):
            if isinstance(condition, type) or isinstance(condition, tuple):
                kinds = condition
                condition = lambda e: isinstance(e, kinds)
            if condition(self):
                return self, None
            match, rest = [], []
            for exc in self.exceptions:
                if isinstance(exc, BaseExceptionGroup):
                    m, r = exc.split(condition)
                    if m is not None:
                        match.append(m)
                    if r is not None:
                        rest.append(r)
                elif condition(exc):
                    match.append(exc)
                else:
                    rest.append(exc)
            return (self.derive(match) if match else None, self.derive(rest) if rest else None)

    class ExceptionGroup(BaseExceptionGroup, Exception):
        """A combination of multiple unrelated Exceptions."""

    def _exception_group(message, excs):
        if all(isinstance(e, Exception) for e in excs):
            return ExceptionGroup(message, excs)
        return BaseExceptionGroup(message, excs)


class TaskGroup:
    """Asynchronous context manager for managing groups of tasks."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        # A dict for creation order: aborting cancels the tasks in the order they were made.
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and (self._base_error is None):
            self._base_error = exc
        propagate_cancellation_error = exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        assert not self._tasks
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and (not self._errors):
            raise propagate_cancellation_error
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = _exception_group('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and (not self._tasks):
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        tasks._set_task_name(task, name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        assert isinstance(exc, BaseException)
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and (not self._tasks):
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed', 'exception': exc, 'task': task})
            return
        if not self._aborting and (not self._parent_cancel_requested):
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
