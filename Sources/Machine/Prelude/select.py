import _socket
import time as _time

# select over the tutor's kernel (World/Network.swift, World/SocketNatives.swift): select, poll
# and epoll ask the kernel which descriptors are ready (`_socket.ready`) and, when none is and
# time is left, wait until the kernel changes one of them (`_socket.wait`). select and poll pay
# for every descriptor they watch on each call, epoll for the ready ones (Docs/ENGINE.md).

error = OSError

POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32
POLLRDNORM = 64
POLLRDBAND = 128
POLLWRNORM = 256
POLLWRBAND = 512
POLLMSG = 1024
POLLRDHUP = 8192

EPOLLIN = 1
EPOLLPRI = 2
EPOLLOUT = 4
EPOLLERR = 8
EPOLLHUP = 16
EPOLLRDNORM = 64
EPOLLRDBAND = 128
EPOLLWRNORM = 256
EPOLLWRBAND = 512
EPOLLMSG = 1024
EPOLLRDHUP = 8192
EPOLLEXCLUSIVE = 1 << 28
EPOLLONESHOT = 1 << 30
EPOLLET = 1 << 31
EPOLL_CLOEXEC = 524288

# FD_SETSIZE: select's bit sets hold descriptors 0-1023.
_FD_SETSIZE = 1024


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            fd = obj.fileno()
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() method.')
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _deadline(timeout):
    return None if timeout is None else _time.monotonic() + timeout


def _remaining(deadline):
    return None if deadline is None else deadline - _time.monotonic()


def select(rlist, wlist, xlist, timeout=None):
    """Waits until some of the descriptors are ready: (readable, writable, exceptional)."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    rfds = [_fileno(o) for o in rlist]
    wfds = [_fileno(o) for o in wlist]
    xfds = [_fileno(o) for o in xlist]
    for fd in rfds + wfds + xfds:
        if fd >= _FD_SETSIZE:
            raise ValueError('filedescriptor out of range in select()')
    deadline = _deadline(timeout)
    while True:
        r, w, _ = _socket.ready(rfds, wfds, True)
        if r or w:
            return ([o for o, fd in zip(rlist, rfds) if fd in r],
                    [o for o, fd in zip(wlist, wfds) if fd in w], [])
        left = _remaining(deadline)
        if left is not None and left <= 0:
            return [], [], []
        _socket.wait(rfds + wfds, left, 'select: wait for data')


def _events(fds, masks, inbit, outbit, per_watched):
    """(fd, events) for the ready descriptors among `fds` with interest `masks`."""
    rfds = [fd for fd, m in zip(fds, masks) if m & (inbit | POLLPRI)]
    wfds = [fd for fd, m in zip(fds, masks) if m & outbit]
    r, w, hung = _socket.ready(fds, wfds, per_watched)
    out = []
    for fd, m in zip(fds, masks):
        ev = 0
        if fd in r and fd in rfds:
            ev |= inbit
        if fd in w:
            ev |= outbit
        if fd in hung:
            ev |= POLLHUP
        if ev:
            out.append((fd, ev))
    return out


class poll:
    """select.poll(): an interest list the kernel scans whole on every call."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None):
        # Milliseconds; None or negative waits for ever.
        if timeout is not None and timeout < 0:
            timeout = None
        deadline = _deadline(None if timeout is None else timeout / 1000)
        while True:
            fds = list(self._fds)
            ready = _events(fds, [self._fds[fd] for fd in fds], POLLIN, POLLOUT, True)
            if ready:
                return ready
            left = _remaining(deadline)
            if left is not None and left <= 0:
                return []
            _socket.wait(fds, left, 'poll: wait for data')


class epoll:
    """select.epoll(): the kernel keeps the interest list and hands back the ready ones."""

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == 0 or sizehint < -1:
            raise ValueError('negative sizehint')
        self._fd = _socket.epoll_create()
        self._fds = {}
        # The interest list as the kernel scans it, kept up to date by register/modify/
        # unregister so a wait costs Python work per ready descriptor only.
        self._readers = []
        self._writers = []
        self._all = []
        # Edge-triggered descriptors: the kernel's change count when last reported.
        self._reported = {}

    @property
    def closed(self):
        return self._fd < 0

    def _check(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed epoll object')

    def fileno(self):
        self._check()
        return self._fd

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            _socket.close(fd)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def _lists(self):
        armed = [fd for fd in self._fds if self._fds[fd] & ~(EPOLLET | EPOLLONESHOT)]
        self._readers = [fd for fd in armed if self._fds[fd] & (EPOLLIN | EPOLLPRI)]
        self._writers = [fd for fd in armed if self._fds[fd] & EPOLLOUT]
        # EPOLLHUP is reported whatever the mask: every armed descriptor is watched for it.
        self._all = armed

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        fd = _fileno(fd)
        if fd in self._fds:
            raise FileExistsError(17, 'File exists')
        _socket.ready([fd], [], False)
        self._fds[fd] = eventmask
        self._reported.pop(fd, None)
        self._lists()

    def modify(self, fd, eventmask):
        self._check()
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask
        self._reported.pop(fd, None)
        self._lists()

    def unregister(self, fd):
        self._check()
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        del self._fds[fd]
        self._reported.pop(fd, None)
        self._lists()

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        if timeout is not None and timeout < 0:
            timeout = None
        if maxevents == 0 or maxevents < -1:
            raise ValueError('maxevents must be greater than 0, got %d' % maxevents)
        deadline = _deadline(timeout)
        while True:
            ready = self._ready()
            if ready:
                if maxevents > 0:
                    ready = ready[:maxevents]
                disarmed = False
                for fd, ev in ready:
                    if self._fds[fd] & EPOLLONESHOT:
                        # Disabled until modify() arms it again.
                        self._fds[fd] = EPOLLONESHOT
                        disarmed = True
                if disarmed:
                    self._lists()
                return ready
            left = _remaining(deadline)
            if left is not None and left <= 0:
                return []
            _socket.wait(self._all, left, 'epoll_wait: wait for data')

    def _ready(self):
        """The ready list: (fd, events), edge-triggered ones once per change of the descriptor.
        Python work here is per ready descriptor; the kernel's scan is charged per ready one."""
        r, w, hung = _socket.ready(self._readers, self._writers, False)
        if not (r or w or hung):
            return []
        events = {}
        for fd in r:
            events[fd] = EPOLLIN
        for fd in w:
            events[fd] = events.get(fd, 0) | EPOLLOUT
        for fd in hung:
            events[fd] = events.get(fd, 0) | EPOLLHUP
        out = []
        for fd in events:
            ev = events[fd]
            if self._fds[fd] & EPOLLET:
                seen = _socket.changes(fd)
                if self._reported.get(fd) == seen:
                    continue
                self._reported[fd] = seen
            out.append((fd, ev))
        return out
