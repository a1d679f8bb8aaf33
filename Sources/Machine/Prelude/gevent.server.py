"""gevent.server as gevent 26.9 has it, without SSL and datagrams: StreamServer, a TCP server
that runs `handle(socket, address)` in a new greenlet for each connection (gevent.baseserver)."""
from socket import error as SocketError, SOL_SOCKET, SO_REUSEADDR, AF_INET
from gevent.baseserver import BaseServer
from gevent.socket import socket as GeventSocket

__all__ = ['StreamServer']

DEFAULT_REUSE_ADDR = 1


class StreamServer(BaseServer):
    """A generic TCP server: each accepted connection's handler runs in its own greenlet."""

    backlog = 128
    reuse_addr = DEFAULT_REUSE_ADDR

    def __init__(self, listener, handle=None, backlog=None, spawn='default', **ssl_args):
        BaseServer.__init__(self, listener, handle=handle, spawn=spawn)
        try:
            if ssl_args:
                raise NotImplementedError('SSL is not modelled by the tutor')
            self.ssl_args = None
            if backlog is not None:
                if hasattr(self, 'socket'):
                    raise TypeError('backlog must be None when a socket instance is passed')
                self.backlog = backlog
        except:
            self.close()
            raise

    @property
    def ssl_enabled(self):
        return self.ssl_args is not None

    def _make_socket_stdlib(self, fresh):
        # gevent accepts on the standard socket under the cooperative one, non-blocking.
        while hasattr(self.socket, '_sock'):
            self.socket = self.socket._sock

    def init_socket(self):
        fresh = False
        if not hasattr(self, 'socket'):
            fresh = True
            self.socket = self.get_listener(self.address, self.backlog, self.family)
            self.address = self.socket.getsockname()
        self._handle = self.handle
        self._make_socket_stdlib(fresh)

    @classmethod
    def get_listener(cls, address, backlog=None, family=None):
        if backlog is None:
            backlog = cls.backlog
        return _tcp_listener(address, backlog=backlog, reuse_addr=cls.reuse_addr, family=family)

    def do_read(self):
        sock = self.socket
        try:
            conn, address = sock.accept()
        except BlockingIOError:
            if not sock.gettimeout():
                return
            raise
        return GeventSocket(_sock=conn), address

    def do_close(self, sock, *args):
        sock.close()


def _tcp_listener(address, backlog=50, reuse_addr=None, family=AF_INET):
    sock = GeventSocket(family=family or AF_INET)
    if reuse_addr is not None:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, reuse_addr)
    try:
        sock.bind(address)
    except SocketError as ex:
        strerror = getattr(ex, 'strerror', None)
        if strerror is not None:
            ex.strerror = strerror + ': ' + repr(address)
        raise
    sock.listen(backlog)
    sock.setblocking(0)
    return sock
