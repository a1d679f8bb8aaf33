"""gevent.exceptions as gevent 24+ defines them: the errors the hub and its waiters raise."""

class LoopExit(Exception):
    """The hub ran out of work while a greenlet waited: the wait would block forever."""

    @property
    def hub(self):
        if len(self.args) == 3:
            return self.args[1]

    def __repr__(self):
        # gevent prints the hub and its handles too; the handles are libev internals, so the
        # tutor shows the list of waiting timers and watchers the loop still held (none).
        if len(self.args) == 3:
            return "%s\n\tHub: %s\n\tHandles:\n%s" % (self.args[0], self.args[1], self.args[2])
        return Exception.__repr__(self)

    def __str__(self):
        return repr(self)


class BlockingSwitchOutError(AssertionError):
    """A blocking gevent call was made from inside the hub (an event loop callback)."""


class InvalidSwitchError(AssertionError):
    """The hub switched back into a waiting greenlet with an unexpected value."""


class ConcurrentObjectUseError(AssertionError):
    """Two greenlets waited on an object that allows only one waiter."""


class InvalidThreadUseError(RuntimeError):
    """A gevent object was used from a thread other than its hub's."""


class HubDestroyed(BaseException):
    """Raised in the hub greenlet when the hub is destroyed."""

    def __init__(self, destroy_loop):
        BaseException.__init__(self, destroy_loop)
        self.destroy_loop = destroy_loop
