"""gevent.socket as gevent 24+ behaves: a socket whose blocking calls (accept, connect, recv,
send...) run the real socket non-blocking and, when it would block, wait in the hub for the
descriptor (the hub's IO hook, select.select) so other greenlets run meanwhile."""
import errno as _errno
import socket as __socket__
import _socket as _socket_native
from gevent.hub import get_hub
from gevent.timeout import Timeout

__implements__ = ['socket', 'create_connection', 'socketpair', 'SocketType']
__all__ = __implements__ + ['wait_read', 'wait_write', 'wait_readwrite', 'timeout', 'error']

_original_socket = __socket__.socket
_original_socketpair = getattr(__socket__, 'socketpair', None)
_getaddrinfo = getattr(__socket__, 'getaddrinfo', None)
error = OSError
timeout = getattr(__socket__, 'timeout', TimeoutError)
# Linux numbers where the errno module lacks a name.
_EALREADY = getattr(_errno, 'EALREADY', 114)
_EISCONN = getattr(_errno, 'EISCONN', 106)
_WOULD_BLOCK = (_errno.EWOULDBLOCK, _errno.EAGAIN, _errno.EINPROGRESS, _EALREADY)

# Everything else (constants, getaddrinfo, gethostname...) is the socket module's own.
for _name in dir(__socket__):
    if not _name.startswith('__') and _name not in globals():
        globals()[_name] = getattr(__socket__, _name)


def _wait(fileno, events, timeout=None, timeout_exc=None):
    hub = get_hub()
    watcher = hub.loop.io(fileno, events)
    t = Timeout._start_new_or_dummy(timeout, timeout_exc if timeout_exc is not None else __socket__.timeout('timed out'))
    try:
        hub.wait(watcher)
    finally:
        t.cancel()


def wait_read(fileno, timeout=None, timeout_exc=None):
    """Waits in the hub until `fileno` is readable."""
    _wait(fileno, 1, timeout, timeout_exc)


def wait_write(fileno, timeout=None, timeout_exc=None, event=None):
    """Waits in the hub until `fileno` is writable."""
    _wait(fileno, 2, timeout, timeout_exc)


def wait_readwrite(fileno, timeout=None, timeout_exc=None, event=None):
    """Waits in the hub until `fileno` is readable or writable."""
    _wait(fileno, 3, timeout, timeout_exc)


class socket(object):
    """A cooperative socket over a non-blocking real one."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None, _sock=None):
        if _sock is None:
            args = [a for a in (family, type, proto) if a != -1]
            if fileno is not None:
                _sock = _original_socket(family, type, proto, fileno)
            else:
                _sock = _original_socket(*args)
        self._sock = _sock
        self.timeout = getattr(__socket__, 'getdefaulttimeout', lambda: None)()
        # Files from makefile() keep the descriptor open until they are closed too (Lib/socket.py).
        self._io_refs = 0
        self._closed = False
        _sock.setblocking(False)

    def __getattr__(self, name):
        return getattr(self._sock, name)

    def __repr__(self):
        return '<gevent.socket.socket %r>' % (self._sock,)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._sock.close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _wait(self, events):
        _wait(self._sock.fileno(), events, self.timeout)

    def _retry(self, events, method, *args):
        while True:
            try:
                return method(*args)
            except BlockingIOError:
                if self.timeout == 0.0:
                    raise
            self._wait(events)

    def accept(self):
        sock, address = self._retry(1, self._sock.accept)
        return socket(_sock=sock), address

    def connect(self, address):
        if self.timeout == 0.0:
            return self._sock.connect(address)
        while True:
            err = self._sock.connect_ex(address)
            if not err or err == _EISCONN:
                return
            if err in _WOULD_BLOCK or err == _errno.EINVAL:
                self._wait(2)
            else:
                # The kernel's OSError for the errno: its subclass and strerror text.
                raise _socket_native.error(err)

    def connect_ex(self, address):
        try:
            self.connect(address)
        except OSError as e:
            return e.errno or getattr(_errno, 'EIO', 5)
        return 0

    def recv(self, *args):
        return self._retry(1, self._sock.recv, *args)

    def recvfrom(self, *args):
        return self._retry(1, self._sock.recvfrom, *args)

    def recv_into(self, *args):
        return self._retry(1, self._sock.recv_into, *args)

    def send(self, data, flags=0):
        return self._retry(2, self._sock.send, data, flags)

    def sendto(self, *args):
        return self._retry(2, self._sock.sendto, *args)

    def sendall(self, data, flags=0):
        sent = 0
        total = len(data)
        while sent < total:
            sent += self.send(data[sent:] if sent else data, flags)

    def settimeout(self, howlong):
        self.timeout = None if howlong is None else float(howlong)

    def gettimeout(self):
        return self.timeout

    def setblocking(self, flag):
        self.timeout = None if flag else 0.0

    def getblocking(self):
        return self.timeout != 0.0

    def dup(self):
        return socket(_sock=self._sock.dup())

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        """A file over this socket whose reads and writes wait in the hub."""
        return __socket__.SocketIO(self, mode, encoding)


SocketType = socket


def socketpair(*args):
    a, b = _original_socketpair(*args)
    return socket(_sock=a), socket(_sock=b)


def create_connection(address, timeout=None, source_address=None):
    """Connects to (host, port) cooperatively; returns the socket."""
    host, port = address
    err = None
    for res in _getaddrinfo(host, port, 0, __socket__.SOCK_STREAM):
        af, socktype, proto, _canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not None:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            return sock
        except OSError as e:
            err = e
            if sock is not None:
                sock.close()
    if err is not None:
        raise err
    raise OSError("getaddrinfo returns an empty list")
