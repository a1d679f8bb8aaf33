"""gevent.timeout as gevent 24+ behaves: a Timeout is an exception raised in the greenlet that
started it once its timer fires; `with Timeout(s, False):` silences its own expiry."""
from gevent.hub import getcurrent, get_hub, _NONE

__all__ = ['Timeout', 'with_timeout']


class _FakeTimer(object):
    """The timer of a Timeout without seconds: never starts, never fires."""
    pending = False
    active = False
    seconds = None

    def start(self, *args, **kwargs):
        raise AssertionError("non-expiring timer cannot be started")

    def stop(self):
        return

    cancel = stop
    close = stop

    def __enter__(self):
        return self

    def __exit__(self, _t, _v, _tb):
        return


_FakeTimer = _FakeTimer()


class Timeout(BaseException):
    """Raises `exception` (or itself) in the current greenlet after `seconds`."""

    def __init__(self, seconds=None, exception=None, ref=True, priority=-1, _one_shot=False):
        self.seconds = seconds
        self.exception = exception
        self._one_shot = _one_shot
        if seconds is None:
            self.timer = _FakeTimer
        else:
            self.timer = get_hub().loop.timer(seconds or 0.0, ref=ref, priority=priority)

    def start(self):
        """Schedule the timeout."""
        if self.pending:
            raise AssertionError('%r is already started; to restart it, cancel it first' % self)
        if self.seconds is None:
            return
        if self.exception is None or self.exception is False or isinstance(self.exception, str):
            throws = self
        else:
            throws = self.exception
        self.timer.start(self._on_expiration, getcurrent(), throws, update=True)

    def _on_expiration(self, prev_greenlet, ex):
        prev_greenlet.throw(ex)

    @classmethod
    def start_new(cls, timeout=None, exception=None, ref=True, _one_shot=False):
        """A started Timeout (or `timeout` itself, started, when it is one)."""
        if isinstance(timeout, Timeout):
            if not timeout.pending:
                timeout.start()
            return timeout
        timeout = cls(timeout, exception, ref=ref, _one_shot=_one_shot)
        timeout.start()
        return timeout

    @staticmethod
    def _start_new_or_dummy(timeout, exception=None, ref=True):
        if timeout is None:
            return _FakeTimer
        return Timeout.start_new(timeout, exception, ref, _one_shot=True)

    @property
    def pending(self):
        """True if the timeout is scheduled to be raised."""
        return self.timer.pending or self.timer.active

    def cancel(self):
        """Stops the timer; the timeout can be started again."""
        self.timer.stop()
        if self._one_shot:
            self.close()

    def close(self):
        """Stops the timer for good."""
        self.timer.stop()
        self.timer.close()
        self.timer = _FakeTimer

    def __repr__(self):
        pending = ' pending' if self.pending else ''
        exception = '' if self.exception is None else ' exception=%r' % (self.exception,)
        return '<%s at %s seconds=%s%s%s>' % (type(self).__name__, hex(id(self)), self.seconds,
                                              exception, pending)

    def __str__(self):
        if self.seconds is None:
            return ''
        suffix = '' if self.seconds == 1 else 's'
        if self.exception is None:
            return '%s second%s' % (self.seconds, suffix)
        if self.exception is False:
            return '%s second%s (silent)' % (self.seconds, suffix)
        return '%s second%s: %s' % (self.seconds, suffix, self.exception)

    def __enter__(self):
        if not self.pending:
            self.start()
        return self

    def __exit__(self, typ, value, tb):
        self.close()
        if value is self and self.exception is False:
            return True

    def __lt__(self, other):
        try:
            return self.seconds < other.seconds
        except AttributeError:
            try:
                return self.seconds < other
            except TypeError:
                return NotImplemented


def with_timeout(seconds, function, *args, **kwds):
    """function(*args, **kwds), cut off after `seconds` (returns `timeout_value` if given)."""
    timeout_value = kwds.pop("timeout_value", _NONE)
    timeout = Timeout.start_new(seconds, _one_shot=True)
    try:
        try:
            return function(*args, **kwds)
        except Timeout as ex:
            if ex is timeout and timeout_value is not _NONE:
                return timeout_value
            raise
    finally:
        timeout.cancel()
