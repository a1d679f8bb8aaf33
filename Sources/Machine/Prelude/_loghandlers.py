import sys
import logging
from logging import NOTSET, WARNING, _lock, _new_rlock, _level_value, getLevelName
from _logformat import plain_formatter as _plain_formatter

# logging's filters and handlers (Docs/STDLIB.md, logging), kept apart from logging.py so
# neither file outgrows a sitting's read. logging imports this module once its levels and
# its lock exist; what a program may change later (raiseExceptions) is read from logging at
# each use. The classes are logging's public ones, so they say they belong to it.

_named_handlers = {}   # handler name -> handler (Handler.name)
_live_handlers = []    # every handler made, oldest first: shutdown() closes them newest first
_exit_hook_pending = False


def _hand_shutdown_to_atexit():
    # CPython registers shutdown() when logging is imported. Importing atexit that early costs
    # every program, so it is registered with the first handler and moved to the slot the
    # registration would have taken, keeping the order of exit handlers CPython's.
    global _exit_hook_pending
    if not _exit_hook_pending:
        return
    _exit_hook_pending = False
    import atexit
    atexit.register(logging.shutdown)
    pending = atexit._exithandlers
    pending.insert(min(_atexit_slot, len(pending) - 1), pending.pop())


# MARK: - filters

class Filter(object):
    """Passes records of one logger and its descendants ('a.b' passes 'a.b' and 'a.b.c')."""
    __module__ = 'logging'

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        return record.name[:self.nlen] == self.name and record.name[self.nlen:self.nlen + 1] == "."


class Filterer(object):
    """Base of loggers and handlers: a list of filters, objects with filter() or callables."""
    __module__ = 'logging'

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
        return True


# MARK: - handlers

class _Held(object):
    # handler.acquire() .. handler.release() around a block: both are the handler's own
    # methods (a subclass may override them, and a handler's lock may be None).
    __slots__ = ('handler',)

    def __init__(self, handler):
        self.handler = handler

    def __enter__(self):
        self.handler.acquire()

    def __exit__(self, *exc):
        self.handler.release()


class Handler(Filterer):
    """Sends records somewhere; subclasses say where by defining emit()."""
    __module__ = 'logging'

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _level_value(level)
        self.formatter = None
        self._closed = False
        with _lock:
            _live_handlers.append(self)
        self.createLock()
        _hand_shutdown_to_atexit()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            _named_handlers.pop(self._name, None)
            self._name = name
            if name:
                _named_handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _new_rlock()

    def _at_fork_reinit(self):
        self.lock = _new_rlock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _level_value(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _plain_formatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            # One record at a time per handler, so lines from threads never interleave.
            with _Held(self):
                self.emit(record)
        return passed

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and _named_handlers.get(self._name) is self:
                del _named_handlers[self._name]

    def handleError(self, record):
        # A failed emit must not stop the program: report it on stderr (when
        # raiseExceptions) with the traceback, where the logging call was made, and the
        # message and arguments that failed.
        if not (logging.raiseExceptions and sys.stderr):
            return
        err = sys.stderr
        failure = sys.exc_info()[1]
        try:
            import traceback
            err.write('--- Logging error ---\n')
            traceback.print_exception(failure, file=err)
            err.write('Call stack:\n')
            frames = sys._callers()
            frames = frames[logging._outside_preludes(frames):]
            if frames:
                err.write("".join(logging._render_frames(frames)))
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - possible formatting error.\n'
                          'Use the traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            failure = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record and a terminator to a stream (sys.stderr unless given one)."""
    __module__ = 'logging'
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def setStream(self, stream):
        # Returns the stream replaced, or None when it is the same one.
        if stream is self.stream:
            return None
        with _Held(self):
            replaced = self.stream
            self.flush()
            self.stream = stream
        return replaced

    def flush(self):
        with _Held(self):
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def __repr__(self):
        label = getattr(self.stream, 'name', None)
        if label is None:
            # The engine's standard streams have no name; CPython's say <stdout>/<stderr>.
            label = {1: '<stdout>', 2: '<stderr>'}.get(getattr(self.stream, '_fd', None), '')
        label = str(label)
        return '<%s %s(%s)>' % (type(self).__name__, label + ' ' if label else '', getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler on a file of the run's file system, opened now or at the first record."""
    __module__ = 'logging'

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        import os
        # os.fspath, which the engine's os lacks.
        path = filename if isinstance(filename, str) else filename.__fspath__()
        self.baseFilename = os.path.abspath(path)
        # io.text_encoding(): a text file opened without an encoding uses the locale's.
        if encoding is None and 'b' not in mode:
            encoding = 'locale'
        self.mode, self.encoding, self.errors, self.delay = mode, encoding, errors, delay
        self._builtin_open = open
        if not delay:
            StreamHandler.__init__(self, self._open())
            return
        # No stream until a record arrives; the handler is registered all the same.
        Handler.__init__(self)
        self.stream = None

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        # Reopened after close(), except in 'w' mode, which would truncate what was written.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        with _Held(self):
            try:
                if self.stream:
                    self._flush_and_drop()
            finally:
                StreamHandler.close(self)

    def _flush_and_drop(self):
        stream = self.stream
        try:
            self.flush()
        finally:
            # Dropped even when flushing failed, so the file is closed once only.
            self.stream = None
            closer = getattr(stream, "close", None)
            if closer is not None:
                closer()

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class NullHandler(Handler):
    """Does nothing: a library's way to keep lastResort quiet."""
    __module__ = 'logging'

    def _at_fork_reinit(self):
        pass

    def createLock(self):
        self.lock = None

    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    # lastResort: whatever sys.stderr is at the time of each record.
    __module__ = 'logging'
    stream = property(lambda self: sys.stderr)

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)


_defaultLastResort = _StderrHandler(WARNING)


# Where shutdown() goes in atexit's list (see _hand_shutdown_to_atexit): the handlers
# registered before this import run after it, as in CPython.
_atexit_slot = len(sys.modules['atexit']._exithandlers) if 'atexit' in sys.modules else 0
_exit_hook_pending = True
