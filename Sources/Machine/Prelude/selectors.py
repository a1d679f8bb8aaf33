from collections import namedtuple
import select as _select

# Lib/selectors.py 3.11, trimmed: the three selectors Linux has, over the select prelude.

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: {!r}'.format(fileobj)) from None
    if fd < 0:
        raise ValueError('Invalid file descriptor: {}'.format(fd))
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


class BaseSelector:
    """Registers file objects with the events to watch and waits for them (Lib/selectors.py)."""

    def __init__(self):
        self._fd_to_key = {}

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError('Invalid events: {!r}'.format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError('{!r} (FD {}) is already registered'.format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    def get_map(self):
        return _SelectorMapping(self)

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _SelectorMapping:
    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def get(self, fileobj, default=None):
        fd = self._selector._fileobj_lookup(fileobj)
        return self._selector._fd_to_key.get(fd, default)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        key = self._selector._fd_to_key.get(fd)
        if key is None:
            raise KeyError('{!r} is not registered'.format(fileobj))
        return key

    def __iter__(self):
        return iter(self._selector._fd_to_key)

    def values(self):
        return self._selector._fd_to_key.values()


class SelectSelector(BaseSelector):
    """select.select() under the selector."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        fds = list(self._fd_to_key)
        r, w, _ = _select.select([fd for fd in fds if fd in self._readers],
                                 [fd for fd in fds if fd in self._writers], [], timeout)
        r = set(r)
        w = set(w)
        ready = []
        for fd in fds:
            events = 0
            if fd in r:
                events |= EVENT_READ
            if fd in w:
                events |= EVENT_WRITE
            key = self._key_from_fd(fd)
            if key and events:
                ready.append((key, events & key.events))
        return ready


class _PollLikeSelector(BaseSelector):
    """poll and epoll under the selector: the kernel object keeps the interest list."""
    _selector_cls = None
    _EVENT_READ = None
    _EVENT_WRITE = None

    def __init__(self):
        super().__init__()
        self._selector = self._selector_cls()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        poller_events = 0
        if events & EVENT_READ:
            poller_events |= self._EVENT_READ
        if events & EVENT_WRITE:
            poller_events |= self._EVENT_WRITE
        try:
            self._selector.register(key.fd, poller_events)
        except:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            pass
        return key

    def _wait(self, timeout):
        return self._selector.poll(timeout)

    def select(self, timeout=None):
        ready = []
        for fd, event in self._wait(timeout):
            events = 0
            if event & ~self._EVENT_READ:
                events |= EVENT_WRITE
            if event & ~self._EVENT_WRITE:
                events |= EVENT_READ
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class PollSelector(_PollLikeSelector):
    """select.poll() under the selector."""
    _selector_cls = _select.poll
    _EVENT_READ = _select.POLLIN
    _EVENT_WRITE = _select.POLLOUT

    def _wait(self, timeout):
        if timeout is None:
            return self._selector.poll(None)
        if timeout <= 0:
            return self._selector.poll(0)
        # poll() counts milliseconds, rounded up (Lib/selectors.py: math.ceil(timeout * 1e3)).
        ms = timeout * 1000
        return self._selector.poll(int(ms) + (1 if ms > int(ms) else 0))


class EpollSelector(_PollLikeSelector):
    """select.epoll() under the selector: Linux's DefaultSelector."""
    _selector_cls = _select.epoll
    _EVENT_READ = _select.EPOLLIN
    _EVENT_WRITE = _select.EPOLLOUT

    def fileno(self):
        return self._selector.fileno()

    def _wait(self, timeout):
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        max_ev = max(len(self._fd_to_key), 1)
        return self._selector.poll(timeout, max_ev)

    def close(self):
        self._selector.close()
        super().close()


DefaultSelector = EpollSelector
