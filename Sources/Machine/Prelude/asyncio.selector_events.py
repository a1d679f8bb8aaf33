__all__ = ('BaseSelectorEventLoop',)

# Lib/asyncio/selector_events.py 3.11 (and base_events' Server, trsock's TransportSocket),
# trimmed to TCP without SSL, on the tutor's virtual network. The selector is selectors'
# EpollSelector over the simulated kernel, made the first time the loop watches a descriptor,
# with a pipe to wake it from other threads (CPython: a socketpair made with the loop). A loop
# without sockets keeps waiting on its Condition (base_events._select), so its timeline and
# descriptor numbers stay as they were; once it has one, a loop with nothing ready blocks in
# epoll_wait, which the run view shows as the thread waiting for data in the kernel.

import errno
import math
import os
import selectors
import socket
import sys
import asyncio.base_events as base_events
import asyncio.events as events
import asyncio.exceptions as exceptions
import asyncio.futures as futures
import asyncio.protocols as protocols

# After this many writes on a lost connection, each one logs a warning (CPython: constants).
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5


def _log_warning(message):
    # What logging's last-resort handler prints for asyncio's logger.warning().
    sys.stderr.write(message + '\n')


class TransportSocket:
    """The socket a transport or server hands out: asking it never disturbs the transport."""

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        # CPython prints the enums: AddressFamily.AF_INET, SocketKind.SOCK_STREAM.
        family = 'AddressFamily.AF_INET' if self.family == socket.AF_INET else str(self.family)
        kind = 'SocketKind.SOCK_STREAM' if self.type == socket.SOCK_STREAM else str(self.type)
        s = f'<asyncio.TransportSocket fd={self.fileno()}, family={family}, type={kind}, proto={self.proto}'
        if self.fileno() != -1:
            try:
                s = f'{s}, laddr={self.getsockname()}'
            except OSError:
                pass
            try:
                s = f'{s}, raddr={self.getpeername()}'
            except OSError:
                pass
        return f'{s}>'

    def fileno(self):
        return self._sock.fileno()

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)


class Server:
    """What loop.create_server() returns: the listening sockets and the connections they made."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await _tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # 3.11 returns at once once close() has run (fixed in 3.12): kept, as CPython 3.11 is
        # the oracle.
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """The event loop with a selector: readers, writers, socket calls, connections, servers."""

    def __init__(self):
        super().__init__()
        self._selector = None
        self._wake_read = None
        self._wake_write = None

    def _io_selector(self):
        if self._selector is None:
            self._check_closed()
            self._selector = selectors.DefaultSelector()
            self._wake_read, self._wake_write = os.pipe()
            self._selector.register(self._wake_read, selectors.EVENT_READ, None)
        return self._selector

    def close(self):
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None
            os.close(self._wake_read)
            os.close(self._wake_write)
            self._wake_read = self._wake_write = None

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = super().call_soon_threadsafe(callback, *args, context=context)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        fd = self._wake_write
        if fd is not None:
            try:
                os.write(fd, b'\0')
            except OSError:
                pass

    def _select(self, timeout):
        if self._selector is None:
            return super()._select(timeout)
        with self._wakeup:
            if self._threadsafe:
                timeout = 0
        if timeout is not None and timeout > 0:
            # As base_events._select: epoll counts whole milliseconds, rounded up.
            timeout = math.ceil(timeout * 1e3) * 1e-3
        event_list = self._selector.select(timeout)
        with self._wakeup:
            arrived = self._threadsafe
            self._threadsafe = []
        self._ready.extend(arrived)
        self._process_events(event_list)

    def _process_events(self, event_list):
        for key, mask in event_list:
            if key.data is None:
                # The wake-up pipe: empty it; the callbacks came in through _threadsafe.
                os.read(self._wake_read, 4096)
                continue
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fileobj)
                else:
                    self._ready.append(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fileobj)
                else:
                    self._ready.append(writer)

    # MARK: - readers and writers

    def _add_reader(self, fd, callback, *args):
        self._check_closed()
        selector = self._io_selector()
        handle = events.Handle(callback, args, self, None)
        key = selector.get_map().get(fd)
        if key is None:
            selector.register(fd, selectors.EVENT_READ, (handle, None))
        else:
            reader, writer = key.data
            selector.modify(fd, key.events | selectors.EVENT_READ, (handle, writer))
            if reader is not None:
                reader.cancel()
        return handle

    def _remove_reader(self, fd):
        if self.is_closed() or self._selector is None:
            return False
        key = self._selector.get_map().get(fd)
        if key is None:
            return False
        reader, writer = key.data
        mask = key.events & ~selectors.EVENT_READ
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, (None, writer))
        if reader is not None:
            reader.cancel()
            return True
        return False

    def _add_writer(self, fd, callback, *args):
        self._check_closed()
        selector = self._io_selector()
        handle = events.Handle(callback, args, self, None)
        key = selector.get_map().get(fd)
        if key is None:
            selector.register(fd, selectors.EVENT_WRITE, (None, handle))
        else:
            reader, writer = key.data
            selector.modify(fd, key.events | selectors.EVENT_WRITE, (reader, handle))
            if writer is not None:
                writer.cancel()
        return handle

    def _remove_writer(self, fd):
        if self.is_closed() or self._selector is None:
            return False
        key = self._selector.get_map().get(fd)
        if key is None:
            return False
        reader, writer = key.data
        mask = key.events & ~selectors.EVENT_WRITE
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, (reader, None))
        if writer is not None:
            writer.cancel()
            return True
        return False

    def add_reader(self, fd, callback, *args):
        """Add a reader callback."""
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        """Remove a reader callback."""
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        """Add a writer callback."""
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        """Remove a writer callback."""
        return self._remove_writer(fd)

    # MARK: - socket calls (each tries once, then waits for the descriptor in the selector)

    def _check_nonblocking(self, sock):
        # Only in debug mode, as CPython.
        if self._debug and sock.gettimeout() != 0:
            raise ValueError('the socket must be non-blocking')

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from a non-blocking socket."""
        self._check_nonblocking(sock)
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._add_reader(fd, self._sock_recv, fut, sock, n)
        fut.add_done_callback(lambda f: self._remove_reader(fd))
        return await fut

    def _sock_recv(self, fut, sock, n):
        if fut.done():
            return
        try:
            data = sock.recv(n)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(data)

    async def sock_sendall(self, sock, data):
        """Send all of data to a non-blocking socket."""
        self._check_nonblocking(sock)
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        fd = sock.fileno()
        self._add_writer(fd, self._sock_sendall, fut, sock, bytes(data), [n])
        fut.add_done_callback(lambda f: self._remove_writer(fd))
        return await fut

    def _sock_sendall(self, fut, sock, data, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(data[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(data):
            fut.set_result(None)
        else:
            pos[0] = start

    async def sock_connect(self, sock, address):
        """Connect a non-blocking socket to a remote address."""
        self._check_nonblocking(sock)
        address = (socket.gethostbyname(address[0]), address[1])
        err = sock.connect_ex(address)
        if err in (errno.EINPROGRESS, errno.EAGAIN):
            fut = self.create_future()
            fd = sock.fileno()
            self._add_writer(fd, self._sock_connect_cb, fut, sock, address)
            fut.add_done_callback(lambda f: self._remove_writer(fd))
            return await fut
        if err:
            raise OSError(err, f'Connect call failed {address}')

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err != 0:
            fut.set_exception(OSError(err, f'Connect call failed {address}'))
        else:
            fut.set_result(None)

    async def sock_accept(self, sock):
        """Accept a connection: (conn, address), conn non-blocking."""
        self._check_nonblocking(sock)
        fut = self.create_future()
        self._sock_accept(fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        fd = sock.fileno()
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            self._add_reader(fd, self._sock_accept, fut, sock)
            fut.add_done_callback(lambda f: self._remove_reader(fd))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result((conn, address))

    # MARK: - connections and servers

    async def create_connection(self, protocol_factory, host=None, port=None, *, sock=None,
                                local_addr=None, **kwds):
        """Connect to (host, port) and make a transport and a protocol for the connection."""
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            errors = []
            for family, kind, proto, _, address in socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM):
                sock = socket.socket(family, kind, proto)
                try:
                    sock.setblocking(False)
                    if local_addr is not None:
                        sock.bind(local_addr)
                    await self.sock_connect(sock, address)
                    break
                except OSError as exc:
                    errors.append(exc)
                    sock.close()
                    sock = None
                except BaseException:
                    sock.close()
                    raise
            if sock is None:
                if len(errors) == 1:
                    raise errors[0]
                raise OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in errors)))
        elif sock is None:
            raise ValueError('host and port was not specified and no sock specified')
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorSocketTransport(self, sock, protocol, waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def create_server(self, protocol_factory, host=None, port=None, *, sock=None,
                            backlog=100, reuse_address=None, start_serving=True, **kwds):
        """A Server listening on (host, port); each connection gets a protocol and a transport."""
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            hosts = [host] if isinstance(host, str) or host is None else list(host)
            sockets = []
            try:
                for h in hosts:
                    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
                    sockets.append(sock)
                    if reuse_address is None or reuse_address:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    address = ('0.0.0.0' if not h else socket.gethostbyname(h), port or 0)
                    try:
                        sock.bind(address)
                    except OSError as err:
                        raise OSError(err.errno, 'error while attempting to bind on address %r: %s'
                                      % (address, err.strerror.lower())) from None
            except BaseException:
                for s in sockets:
                    s.close()
                raise
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            sockets = [sock]
        for s in sockets:
            s.setblocking(False)
        server = Server(self, sockets, protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            await _tasks.sleep(0)
        return server

    def _start_serving(self, protocol_factory, sock, server, backlog):
        self._add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock, server, backlog)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()

    def _accept_connection(self, protocol_factory, sock, server, backlog):
        # Up to `backlog` connections per wake-up, each set up in a task of its own (CPython).
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                self.call_exception_handler({'message': 'socket.accept() out of system resource',
                                             'exception': exc, 'socket': TransportSocket(sock)})
                return
            self.create_task(self._accept_connection2(protocol_factory, conn, {'peername': addr}, server))

    async def _accept_connection2(self, protocol_factory, conn, extra, server):
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = _SelectorSocketTransport(self, conn, protocol, waiter, extra, server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._debug:
                self.call_exception_handler({'message': 'Error on transport creation for incoming connection',
                                             'exception': exc})


class _SelectorSocketTransport:
    """A TCP connection's transport: reads when the selector says readable, buffers writes."""

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        self._extra = dict(extra or {})
        self._extra['socket'] = TransportSocket(sock)
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._protocol_connected = True
        self._server = server
        self._buffer = b''
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._eof = False
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        if server is not None:
            server._attach()
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        return '<{}>'.format(' '.join(info))

    def get_extra_info(self, name, default=None):
        """Information about the transport: 'peername', 'sockname', 'socket'."""
        return self._extra.get(name, default)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)

    def _add_reader(self, fd, callback):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            keep_open = self._protocol.eof_received()
            if keep_open:
                self._loop._remove_reader(self._sock_fd)
            else:
                self.close()
            return
        self._protocol.data_received(data)

    def write(self, data):
        if not isinstance(data, bytes) and type(data).__name__ not in ('bytearray', 'memoryview'):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                _log_warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            else:
                data = data[n:]
                if not data:
                    return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer += bytes(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer = b''
            self._fatal_error(exc, 'Fatal write error on socket transport')
        else:
            if n:
                self._buffer = self._buffer[n:]
            self._maybe_resume_protocol()
            if not self._buffer:
                self._loop._remove_writer(self._sock_fd)
                if self._closing:
                    self._call_connection_lost(None)
                elif self._eof:
                    self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def get_write_buffer_size(self):
        return len(self._buffer)

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low
        self._maybe_pause_protocol()

    def _maybe_pause_protocol(self):
        if self.get_write_buffer_size() <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        self._protocol.pause_writing()

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            self._protocol.resume_writing()

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        # Connection errors (OSError) are only logged in debug mode, as in CPython.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({'message': message, 'exception': exc,
                                               'transport': self, 'protocol': self._protocol})
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer = b''
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


# Last: asyncio.tasks imports base_events, which imports this module.
import asyncio.tasks as _tasks
