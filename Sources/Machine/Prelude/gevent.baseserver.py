"""gevent.baseserver as gevent 26.9 has it: the accept loop shared by gevent's servers. The
listening socket is watched by an IO watcher of the hub's loop; when it is readable the hub
accepts up to `max_accept` connections and spawns the handler for each in a greenlet of its
own, closing the connection when the handler returns."""
import sys
import errno
from gevent.greenlet import Greenlet
from gevent.event import Event
from gevent.hub import get_hub

__all__ = ['BaseServer']


def _handle_and_close_when_done(handle, close, args_tuple):
    try:
        return handle(*args_tuple)
    finally:
        close(*args_tuple)


class BaseServer(object):
    """An abstract server: a listener (an address or a bound socket) and a handle function."""

    min_delay = 0.01
    max_delay = 1
    max_accept = 100
    _spawn = Greenlet.spawn
    stop_timeout = 1
    fatal_errors = (errno.EBADF, errno.EINVAL, getattr(errno, 'ENOTSOCK', 88))

    def __init__(self, listener, handle=None, spawn='default'):
        self._stop_event = Event()
        self._stop_event.set()
        self._watcher = None
        self._timer = None
        self._handle = None
        self.pool = None
        try:
            self.set_listener(listener)
            self.set_spawn(spawn)
            self.set_handle(handle)
            self.delay = self.min_delay
            self.loop = get_hub().loop
            if self.max_accept < 1:
                raise ValueError('max_accept must be positive int: %r' % (self.max_accept, ))
        except:
            self.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stop()

    def set_listener(self, listener):
        if hasattr(listener, 'accept'):
            self.family = listener.family
            self.address = listener.getsockname()
            self.socket = listener
        else:
            self.family, self.address = parse_address(listener)

    def set_spawn(self, spawn):
        if spawn == 'default':
            self.pool = None
            self._spawn = self._spawn
        elif hasattr(spawn, 'spawn'):
            self.pool = spawn
            self._spawn = spawn.spawn
        elif isinstance(spawn, int):
            from gevent.pool import Pool
            self.pool = Pool(spawn)
            self._spawn = self.pool.spawn
        else:
            self.pool = None
            self._spawn = spawn
        if hasattr(self.pool, 'full'):
            self.full = self.pool.full
        if self.pool is not None:
            self.pool._semaphore.rawlink(self._start_accepting_if_started)

    def set_handle(self, handle):
        if handle is not None:
            self.handle = handle
        if hasattr(self, 'handle'):
            self._handle = self.handle
        else:
            raise TypeError("'handle' must be provided")

    def _start_accepting_if_started(self, _event=None):
        if self.started:
            self.start_accepting()

    def start_accepting(self):
        if self._watcher is None:
            self._watcher = self.loop.io(self.socket.fileno(), 1)
            self._watcher.start(self._do_read)

    def stop_accepting(self):
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher.close()
            self._watcher = None
        if self._timer is not None:
            self._timer.stop()
            self._timer.close()
            self._timer = None

    def do_handle(self, *args):
        spawn = self._spawn
        handle = self._handle
        close = self.do_close
        try:
            if spawn is None:
                _handle_and_close_when_done(handle, close, args)
            else:
                spawn(_handle_and_close_when_done, handle, close, args)
        except:
            close(*args)
            raise

    def do_close(self, *args):
        pass

    def do_read(self):
        raise NotImplementedError()

    def _do_read(self):
        for _ in range(self.max_accept):
            if self.full():
                self.stop_accepting()
                if self.pool is not None:
                    self.pool._semaphore.rawlink(self._start_accepting_if_started)
                return
            try:
                args = self.do_read()
                self.delay = self.min_delay
                if not args:
                    return
            except:
                self.loop.handle_error(self, *sys.exc_info())
                ex = sys.exc_info()[1]
                if self.is_fatal_error(ex):
                    self.close()
                    sys.stderr.write('ERROR: %s failed with %s\n' % (self, str(ex) or repr(ex)))
                    return
                self._pause_accepting()
                break
            else:
                try:
                    self.do_handle(*args)
                except:
                    self.loop.handle_error((args[1:], self), *sys.exc_info())
                    self._pause_accepting()
                    break

    def _pause_accepting(self):
        # After an error, accepting resumes after `delay`, doubled on each error in a row.
        if self.delay >= 0:
            self.stop_accepting()
            self._timer = self.loop.timer(self.delay)
            self._timer.start(self._start_accepting_if_started)
            self.delay = min(self.max_delay, self.delay * 2)

    def full(self):
        return False

    def __repr__(self):
        return '<%s at %s %s>' % (type(self).__name__, hex(id(self)), self._formatinfo())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._formatinfo())

    def _formatinfo(self):
        if hasattr(self, 'socket'):
            try:
                fileno = self.socket.fileno()
            except Exception as ex:
                fileno = str(ex)
            result = 'fileno=%s ' % fileno
        else:
            result = ''
        if isinstance(self.address, tuple) and len(self.address) == 2:
            result += 'address=%s:%s' % self.address
        else:
            result += 'address=%s' % (self.address, )
        handle = self.__dict__.get('handle')
        if handle is not None:
            if getattr(handle, '__self__', None) is self:
                result += ' handle=<bound method %s.%s of self>' % (self.__class__.__name__, handle.__name__)
            else:
                result += ' handle=' + repr(handle)
        return result

    @property
    def server_host(self):
        """IP address that the server is bound to (string)."""
        if isinstance(self.address, tuple):
            return self.address[0]

    @property
    def server_port(self):
        """Port that the server is bound to (an integer)."""
        if isinstance(self.address, tuple):
            return self.address[1]

    def init_socket(self):
        """Makes, binds and listens on the socket when the server was given an address."""

    @property
    def started(self):
        return not self._stop_event.is_set()

    def start(self):
        """Start accepting the connections (binding and listening first if needed)."""
        self.init_socket()
        self._stop_event.clear()
        try:
            self.start_accepting()
        except:
            self.close()
            raise

    def close(self):
        """Close the listener socket and stop accepting."""
        self._stop_event.set()
        try:
            self.stop_accepting()
        finally:
            try:
                self.socket.close()
            except Exception:
                pass
            finally:
                for name in ('socket', 'handle', '_handle', '_spawn', 'full'):
                    # gevent pops them from __dict__: what a subclass defines stays.
                    try:
                        delattr(self, name)
                    except AttributeError:
                        pass
                if self.pool is not None:
                    self.pool._semaphore.unlink(self._start_accepting_if_started)

    @property
    def closed(self):
        return not hasattr(self, 'socket')

    def stop(self, timeout=None):
        """Stop accepting and close the listener; with a pool, wait for (then kill) handlers."""
        self.close()
        if timeout is None:
            timeout = self.stop_timeout
        if self.pool:
            self.pool.join(timeout=timeout)
            self.pool.kill(block=True, timeout=1)

    def serve_forever(self, stop_timeout=None):
        """Start the server if it hasn't been already started and wait until it's stopped."""
        if not self.started:
            self.start()
        try:
            self._stop_event.wait()
        finally:
            Greenlet.spawn(self.stop, timeout=stop_timeout).join()

    def is_fatal_error(self, ex):
        return isinstance(ex, OSError) and ex.args[0] in self.fatal_errors


def _parse_address(address):
    # The virtual network has IPv4 only: where gevent picks AF_INET6 ('' or a bare port), the
    # tutor listens on every IPv4 address instead.
    import socket as _socket
    if isinstance(address, tuple):
        return _socket.AF_INET, address
    if isinstance(address, int) or (isinstance(address, str) and ':' not in address):
        return _socket.AF_INET, ('', int(address))
    if not isinstance(address, str):
        raise TypeError('Expected tuple or string, got %s' % type(address))
    host, port = address.rsplit(':', 1)
    if host == '*':
        host = ''
    return _socket.AF_INET, (host, int(port))


def parse_address(address):
    try:
        return _parse_address(address)
    except ValueError as ex:
        raise ValueError('Failed to parse address %r: %s' % (address, ex))
