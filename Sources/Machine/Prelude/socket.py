import _socket
import time as _time

# socket for the tutor's virtual network (World/Network.swift): TCP and UDP over loopback and
# the named virtual hosts (server.local, db.local, ...: Network.hosts), AF_UNIX stream sockets
# on paths of the run's virtual file system; nothing reaches the host. Lib/socket.py 3.11 over a native layer whose calls never block:
# blocking, timeouts and non-blocking errors are made here from `_socket.wait`, as a blocking
# call is made inside the kernel from a wait queue. A read that waited shows its two phases
# on the thread's timeline: "wait for data", then "copy to user".

AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096
MSG_PEEK = 2
MSG_DONTWAIT = 64
INADDR_ANY = 0
has_ipv6 = False

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_defaulttimeout = None
_GLOBAL_DEFAULT_TIMEOUT = object()


def getdefaulttimeout():
    return _defaulttimeout


def setdefaulttimeout(timeout):
    global _defaulttimeout
    _defaulttimeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")
    if value < 0:
        raise ValueError('Timeout value out of range')
    return float(value)


def gethostname():
    return _socket.gethostname()


def getfqdn(name=''):
    return name or gethostname()


def gethostbyname(hostname):
    """The virtual network's name service: the virtual hosts (its /etc/hosts) and dotted quads."""
    if not isinstance(hostname, str):
        raise TypeError('gethostbyname() argument 1 must be str, bytes or bytearray, not ' + type(hostname).__name__)
    if hostname == '':
        return '0.0.0.0'
    if hostname == '<broadcast>':
        return '255.255.255.255'
    address = _socket.resolve(hostname)
    if address is not None:
        return address
    parts = hostname.split('.')
    if len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts):
        return hostname
    raise gaierror(-2, 'Name or service not known')


def gethostbyname_ex(hostname):
    address = gethostbyname(hostname)
    return hostname, [], [address]


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, str) and host and not host.replace('.', '').isdigit():
        # A name the virtual hosts do not have: the resolver's answer for an unknown name.
        if _socket.resolve(host) is None:
            raise gaierror(-2, 'Name or service not known')
    ip = gethostbyname(host) if host is not None else '127.0.0.1'
    kinds = [type] if type else [SOCK_STREAM, SOCK_DGRAM]
    return [(AF_INET, k, IPPROTO_TCP if k == SOCK_STREAM else IPPROTO_UDP, '', (ip, port)) for k in kinds]


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return ((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >> 8) & 0xff00) | ((x >> 24) & 0xff)


ntohl = htonl


def inet_aton(ip):
    return bytes(int(p) for p in gethostbyname(ip).split('.'))


def inet_ntoa(packed):
    return '.'.join(str(b) for b in packed)


def _unix_address(address):
    """(path in the virtual file system, the name as given) of an AF_UNIX address."""
    import _vfs
    if isinstance(address, (bytes, bytearray)):
        address = bytes(address).decode()
    if not isinstance(address, str):
        raise TypeError("a bytes-like object is required, not '" + type(address).__name__ + "'")
    return _vfs._path(address), address


def _address(address, what):
    if not isinstance(address, tuple) or len(address) != 2:
        raise TypeError(what + '(): AF_INET address must be tuple, not ' + type(address).__name__)
    host, port = address
    if not isinstance(host, str):
        raise TypeError('str, bytes or bytearray expected, not ' + type(host).__name__)
    if not isinstance(port, int):
        raise TypeError("'" + type(port).__name__ + "' object cannot be interpreted as an integer")
    if not 0 <= port <= 65535:
        raise OverflowError(what + '(): port must be 0-65535.')
    return gethostbyname(host), port


class socket:
    """A socket of the virtual network (a descriptor in this process's table)."""

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None):
        if family not in (AF_INET, AF_UNIX):
            raise OSError(97, 'Address family not supported by protocol')
        # AF_UNIX datagram sockets are not modelled (Docs/ENGINE.md, "Network").
        if type not in (SOCK_STREAM, SOCK_DGRAM) or (family == AF_UNIX and type != SOCK_STREAM):
            raise OSError(94, 'Socket type not supported')
        self.family = family
        self.type = type
        self.proto = proto
        self._fd = _socket.socket(type, family) if fileno is None else fileno
        self._timeout = _defaulttimeout
        self._closed = False
        self._io_refs = 0

    def __repr__(self):
        closed = ' [closed]' if self._closed else ''
        s = '<socket.socket%s fd=%d, family=%d, type=%d, proto=%d' % (closed, self._fd, self.family, self.type, self.proto)
        if self._fd >= 0:
            # Lib/socket.py shows an address only when it is not empty ('' for AF_UNIX).
            laddr = self.getsockname()
            if laddr:
                s += ', laddr=%s' % (laddr,)
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ', raddr=%s' % (raddr,)
            except OSError:
                pass
        return s + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def fileno(self):
        return self._fd

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            _socket.close(fd)

    def detach(self):
        self._closed = True
        fd = self._fd
        self._fd = -1
        return fd

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    # Timeouts: None blocks, 0.0 never blocks, a number of seconds blocks at most that long.
    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def _deadline(self):
        return None if self._timeout is None else _time.monotonic() + self._timeout

    def _wait(self, deadline, label):
        """Blocks until the kernel changes this socket, as the call would in the kernel."""
        if self._timeout == 0.0:
            raise _socket.error(11)
        if deadline is None:
            _socket.wait([self._fd], None, label)
            return
        remaining = deadline - _time.monotonic()
        if remaining <= 0 or not _socket.wait([self._fd], remaining, label):
            raise TimeoutError('timed out')

    def bind(self, address):
        if self.family == AF_UNIX:
            path, name = _unix_address(address)
            _socket.bind_unix(self._fd, path, name)
            return
        host, port = _address(address, 'bind')
        _socket.bind(self._fd, host, port)

    def listen(self, backlog=128):
        _socket.listen(self._fd, min(max(backlog, 0), SOMAXCONN))

    def _connect(self, address):
        if self.family == AF_UNIX:
            host, port = _unix_address(address)[0], 0
        else:
            host, port = _address(address, 'connect')
        while True:
            r = _socket.connect(self._fd, host, port, self._timeout != 0.0, self._timeout)
            if r == -1:
                raise TimeoutError('timed out')
            # A bool: the server's accept queue was full and has room again.
            if r is not True and r is not False:
                if r == 0:
                    _socket.ack(self._fd)
                return r

    def connect(self, address):
        e = self._connect(address)
        if e:
            raise _socket.error(e)

    def connect_ex(self, address):
        return self._connect(address)

    def accept(self):
        deadline = self._deadline()
        while True:
            r = _socket.accept(self._fd)
            if r is not None:
                break
            self._wait(deadline, 'wait for a connection')
        fd, host, port = r
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, (host if self.family == AF_UNIX else (host, port))

    def recv(self, bufsize, flags=0):
        if self.type == SOCK_DGRAM:
            return self.recvfrom(bufsize, flags)[0]
        deadline = self._deadline()
        waited = False
        while True:
            data = _socket.recv(self._fd, bufsize)
            if data is not None:
                if waited and data:
                    _socket.copyout(len(data))
                return data
            self._wait(deadline, 'wait for data')
            waited = True

    def recv_into(self, buffer, nbytes=0, flags=0):
        """Reads into the start of a writable buffer (a bytearray) and returns the count."""
        nbytes = _into_size(buffer, nbytes, 'recv_into')
        data = self.recv(nbytes, flags)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        nbytes = _into_size(buffer, nbytes, 'recvfrom_into')
        data, address = self.recvfrom(nbytes, flags)
        buffer[:len(data)] = data
        return len(data), address

    def recvfrom(self, bufsize, flags=0):
        deadline = self._deadline()
        waited = False
        while True:
            r = _socket.recvfrom(self._fd, bufsize)
            if r is not None:
                if waited:
                    _socket.copyout(len(r[0]))
                return r[0], (r[1], r[2])
            self._wait(deadline, 'wait for data')
            waited = True

    def send(self, data, flags=0):
        if self.type == SOCK_DGRAM:
            return self.sendto(data, self.getpeername())
        data = bytes(data)
        deadline = self._deadline()
        total = 0
        while True:
            n = _socket.send(self._fd, data[total:])
            if n is not None:
                total += n
                # A blocking send returns when all of it is in the kernel's buffers.
                if total == len(data) or self._timeout is not None:
                    return total
                continue
            if total and self._timeout is not None:
                return total
            self._wait(deadline, 'wait for buffer space')

    def sendall(self, data, flags=0):
        data = bytes(data)
        total = 0
        deadline = self._deadline()
        while total < len(data):
            n = _socket.send(self._fd, data[total:])
            if n is not None:
                total += n
                continue
            self._wait(deadline, 'wait for buffer space')

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            address = flags_or_address
        host, port = _address(address, 'sendto')
        return _socket.sendto(self._fd, bytes(data), host, port)

    def shutdown(self, how):
        _socket.shutdown(self._fd, how)

    def getsockname(self):
        return _socket.getsockname(self._fd)

    def getpeername(self):
        return _socket.getpeername(self._fd)

    def setsockopt(self, level, optname, value, optlen=None):
        if isinstance(value, bytes):
            value = sum(b << (8 * i) for i, b in enumerate(value[:4]))
        _socket.setsockopt(self._fd, optname, int(value))

    def getsockopt(self, level, optname, buflen=None):
        return _socket.getsockopt(self._fd, optname)

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        return SocketIO(self, mode, encoding)


def _into_size(buffer, nbytes, what):
    """The byte count a `*_into` call reads, with socketmodule.c's errors."""
    if not isinstance(buffer, bytearray) and (type(buffer).__name__ != 'memoryview' or buffer.readonly):
        raise TypeError(what + '() argument 1 must be read-write bytes-like object, not ' + type(buffer).__name__)
    if nbytes < 0:
        raise ValueError('negative buffersize in ' + what)
    if nbytes == 0:
        nbytes = len(buffer)
    elif nbytes > len(buffer):
        raise ValueError('buffer too small for requested bytes' if what == 'recv_into' else 'nbytes is greater than the length of the buffer')
    return nbytes


class SocketIO:
    """What `socket.makefile` returns: lines and reads over `recv`, writes through `sendall`."""

    def __init__(self, sock, mode, encoding=None):
        for c in mode:
            if c not in 'rwb':
                raise ValueError('invalid mode %r (only r, w, b allowed)' % (mode,))
        self._sock = sock
        self.mode = mode
        self._text = 'b' not in mode
        self._encoding = encoding or 'utf-8'
        self._buf = b''
        self._eof = False
        self.closed = False
        sock._io_refs += 1

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(8192)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def _out(self, data):
        return data.decode(self._encoding) if self._text else data

    def readline(self, size=-1):
        while b'\n' not in self._buf and (size < 0 or len(self._buf) < size) and self._fill():
            pass
        end = self._buf.find(b'\n') + 1
        if end == 0:
            end = len(self._buf)
        if size >= 0:
            end = min(end, size)
        line, self._buf = self._buf[:end], self._buf[end:]
        return self._out(line)

    def readlines(self):
        return list(self)

    def read(self, size=-1):
        while (size < 0 or len(self._buf) < size) and self._fill():
            pass
        if size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def write(self, data):
        if self._text:
            data = data.encode(self._encoding)
        self._sock.sendall(data)
        return len(data)

    def flush(self):
        pass

    def readable(self):
        return 'r' in self.mode

    def writable(self):
        return 'w' in self.mode

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    host, port = address
    # Lib/socket.py takes the protocol from getaddrinfo: IPPROTO_TCP.
    sock = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect((host, port))
        return sock
    except BaseException:
        sock.close()
        raise


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        # Lib/socket.py sets SO_REUSEADDR on POSIX so a restarted server can bind at once.
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    """Two connected AF_UNIX stream sockets (Linux supports no other family here)."""
    if family != AF_UNIX:
        raise OSError(95, 'Operation not supported')
    if type not in (SOCK_STREAM, SOCK_DGRAM, 5):
        raise OSError(22, 'Invalid argument')
    if type != SOCK_STREAM:
        # AF_UNIX datagram and seqpacket sockets are not modelled.
        raise OSError(94, 'Socket type not supported')
    a, b = _socket.socketpair()
    return socket(AF_UNIX, type, proto, fileno=a), socket(AF_UNIX, type, proto, fileno=b)
