"""gevent.event as gevent 24+ behaves: Event (a flag greenlets wait for) and AsyncResult (a
one-time value or exception); waiters wake in the order they waited."""
from gevent._abstract_linkable import AbstractLinkable
from gevent.hub import _NONE
from gevent.timeout import Timeout

__all__ = ['Event', 'AsyncResult']


class Event(AbstractLinkable):
    """threading.Event's interface, for greenlets of one thread."""

    def __init__(self):
        AbstractLinkable.__init__(self)
        self._flag = False

    def __str__(self):
        return '<%s.%s at %s %s _links[%s]>' % (
            type(self).__module__, type(self).__name__, hex(id(self)),
            'set' if self._flag else 'clear', self.linkcount())

    def is_set(self):
        return self._flag

    isSet = is_set
    ready = is_set

    def set(self):
        """Sets the flag and wakes every waiter (from the hub, soon)."""
        self._flag = True
        self._check_and_notify()

    def clear(self):
        self._flag = False

    def _wait_return_value(self, waited, wait_success):
        if not waited:
            return self._flag
        return wait_success

    def wait(self, timeout=None):
        """Waits until the flag is set; False only if `timeout` passed first."""
        return self._wait(timeout)


class AsyncResult(AbstractLinkable):
    """A one-time event carrying a value (`set`) or an exception (`set_exception`)."""

    def __init__(self):
        AbstractLinkable.__init__(self)
        self._value = _NONE
        self._exc_info = ()

    @property
    def _exception(self):
        return self._exc_info[1] if self._exc_info else _NONE

    @property
    def value(self):
        return self._value if self._value is not _NONE else None

    @property
    def exc_info(self):
        return self._exc_info

    def __str__(self):
        result = '<%s ' % (type(self).__name__,)
        if self.value is not None or self._exception is not _NONE:
            result += 'value=%r ' % (self.value,)
        if self._exception is not None and self._exception is not _NONE:
            result += 'exception=%r ' % (self._exception,)
        if self._exception is _NONE:
            result += 'unset '
        return result + ' _links[%s]>' % self.linkcount()

    def ready(self):
        return bool(self._exc_info) or self._value is not _NONE

    def successful(self):
        return self._value is not _NONE

    @property
    def exception(self):
        if self._exc_info:
            return self._exc_info[1]

    def set(self, value=None):
        """Stores the value and wakes the waiters."""
        self._value = value
        self._check_and_notify()

    def set_exception(self, exception, exc_info=None):
        """Stores the exception (raised by get()) and wakes the waiters."""
        if exc_info:
            self._exc_info = (exc_info[0], exc_info[1], exc_info[2])
        else:
            self._exc_info = (type(exception), exception, None)
        self._check_and_notify()

    def _raise_exception(self):
        raise self._exc_info[1]

    def get(self, block=True, timeout=None):
        """The value, or the exception raised; waits unless block=False (then Timeout)."""
        if self._value is not _NONE:
            return self._value
        if self._exc_info:
            return self._raise_exception()
        if not block:
            raise Timeout()
        self._capture_hub(True)
        self._wait_core(timeout, ())
        return self.get(block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _wait_return_value(self, waited, wait_success):
        return self.value

    def wait(self, timeout=None):
        """Waits until ready; returns the value (None on a timeout or an exception)."""
        return self._wait(timeout)

    def __call__(self, source):
        if source.successful():
            self.set(source.value)
        else:
            self.set_exception(source.exception, getattr(source, 'exc_info', None))

    def result(self, timeout=None):
        return self.get(timeout=timeout)

    set_result = set

    def done(self):
        return self.ready()

    def cancel(self):
        return False

    def cancelled(self):
        return False
