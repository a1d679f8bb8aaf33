import sys, time, _thread, _logging
from _logformat import (BASIC_FORMAT, PercentStyle, StrFormatStyle, StringTemplateStyle, Formatter,
                        BufferingFormatter, style_kind as _style_kind, plain_formatter as _plain_formatter)

# logging, written for the tutor from the documented behaviour of CPython 3.11's module (its
# names, signatures, messages and output; Docs/STDLIB.md, logging). What differs in how it is
# built, and why:
# - `import logging` must stay cheap (Benchmarks/stdlib_imports.py), so threading, os and
#   atexit are not imported here: locks are made the way threading.RLock makes them, a
#   record reads its thread's name from threading only once the program has imported it
#   (before that only the main thread can run), the pid comes from the _logging native, and
#   shutdown() is handed to atexit when the program makes its first handler.
# - The engine's frames are not objects: callers are read from sys._callers() (innermost
#   first), and every prelude frame ("<...>") counts as logging's own.
# - Times are the run's virtual clock (time.time()), so asctime moves with time.sleep.

__all__ = [
    'BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler',
    'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET',
    'NullHandler', 'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
    'captureWarnings', 'critical', 'debug', 'disable', 'error', 'exception', 'fatal',
    'getLevelName', 'getLevelNamesMapping', 'getLogRecordFactory', 'getLogger',
    'getLoggerClass', 'info', 'lastResort', 'log', 'makeLogRecord', 'raiseExceptions',
    'setLogRecordFactory', 'setLoggerClass', 'shutdown', 'warn', 'warning',
]

# Switches CPython documents as module attributes a program may set.
raiseExceptions = True
logThreads = True
logProcesses = True
logMultiprocessing = True

_load_time = time.time()

# MARK: - levels

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN = WARNING
FATAL = CRITICAL

# Name -> number in CPython's order (getLevelNamesMapping() shows it); FATAL and WARN are
# aliases, so they are never a level's printed name.
_level_numbers = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARN, 'WARNING': WARNING,
                  'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}
_level_names = {number: name for name, number in _level_numbers.items() if name not in ('FATAL', 'WARN')}


def getLevelNamesMapping():
    return dict(_level_numbers)


def getLevelName(level):
    # Numbers map to names and names back to numbers; anything else is "Level X".
    for table in (_level_names, _level_numbers):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _level_names[level] = levelName
        _level_numbers[levelName] = level


def _level_value(level):
    # A level given to setLevel and friends: an int, or a registered name (exactly a str).
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    if level not in _level_numbers:
        raise ValueError("Unknown level: %r" % level)
    return _level_numbers[level]


# MARK: - the module lock

def _new_rlock():
    # Exactly what threading.RLock() returns, so the run view shows logging's locks.
    return _thread._make_lock("rlock", -1)


# Guards the logger tree, the level tables and the handler registry (CPython's _lock).
_lock = _new_rlock()

# Filters and handlers are the other half of the module (_loghandlers.py); it reads the
# names above from this partly imported module.
from _loghandlers import (Filter, Filterer, Handler, StreamHandler, FileHandler, NullHandler,
                          _StderrHandler, _defaultLastResort, _live_handlers)
lastResort = _defaultLastResort

# MARK: - records

def _path_parts(pathname):
    # os.path.basename and the root of splitext, without importing os.
    if not isinstance(pathname, str):
        raise TypeError("expected str, got %s" % type(pathname).__name__)
    base = pathname.rpartition('/')[2]
    stem, dot, _ = base.rpartition('.')
    if dot and stem.strip('.'):
        return base, stem
    return base, base


def _is_mapping(value):
    # collections.abc.Mapping, which the engine lacks: dicts, and types with keys and __getitem__.
    if isinstance(value, dict):
        return True
    kind = type(value)
    return hasattr(kind, 'keys') and hasattr(kind, '__getitem__') and not isinstance(value, (str, bytes))


class LogRecord(object):
    """One logging event: what was logged, where and when, by which thread and process."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        # log.info("%(a)s", {"a": 1}): a lone non-empty mapping is the mapping to format with.
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        # Attributes in CPython's order: a program may print vars(record).
        self.name, self.msg, self.args = name, msg, args
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname = pathname
        try:
            self.filename, self.module = _path_parts(pathname)
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, "Unknown module"
        self.exc_info, self.exc_text, self.stack_info = exc_info, None, sinfo
        self.lineno, self.funcName = lineno, func
        self.created = now
        # Whole milliseconds as a float, as 3.11 computes them (gh-89047).
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _load_time) * 1000
        self.thread = self.threadName = None
        if logThreads:
            self.thread = _thread.get_ident()
            threading = sys.modules.get('threading')
            self.threadName = threading.current_thread().name if threading else 'MainThread'
        self.processName = None
        if logMultiprocessing:
            self.processName = 'MainProcess'
            multiprocessing = sys.modules.get('multiprocessing')
            if multiprocessing is not None:
                try:
                    self.processName = multiprocessing.current_process().name
                except Exception:
                    pass
        self.process = _logging.getpid() if logProcesses else None

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    record = _record_factory(None, None, "", 0, "", (), None, None)
    for key in dict:
        setattr(record, key, dict[key])
    return record


def _render_frames(frames):
    # (file, line, function) tuples, innermost first, printed outermost first the way
    # traceback.print_stack does, with each line's source where the run has the file's text.
    import _inspect
    texts = {}
    out = []
    for filename, lineno, func in reversed(frames):
        out.append('  File "%s", line %d, in %s\n' % (filename, lineno, func))
        if filename not in texts:
            texts[filename] = _inspect.source_lines(filename)
        source = texts[filename]
        if source and 0 < lineno <= len(source) and source[lineno - 1].strip():
            out.append('    %s\n' % source[lineno - 1].strip())
    return out


def _outside_preludes(frames):
    # Index of the first frame of the program's own code: logging's frames and those of the
    # engine's other Python modules are skipped, as CPython skips logging's own file.
    at = 0
    while at < len(frames) and frames[at][0].startswith('<'):
        at += 1
    return at


# MARK: - loggers

class PlaceHolder(object):
    """Stands in the tree for a name no one asked for yet ('a' when only 'a.b' exists)."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


_loggerClass = None   # set to Logger below


def _check_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


def _ancestor_names(name):
    # 'a.b.c' -> ['a.b', 'a'], nearest first; as in CPython, a dot right after another does
    # not start a new ancestor ('a..b' has the one ancestor 'a.').
    names = []
    cut = name.rfind('.')
    while cut > 0:
        names.append(name[:cut])
        cut = name.rfind('.', 0, cut - 1)
    return names


class Manager(object):
    """Owns the logger tree below one root: names to loggers and placeholders."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}   # name -> Logger or PlaceHolder
        self.loggerClass = self.logRecordFactory = None

    def _set_disable(self, value):
        # logging.disable() and manager.disable = ... take level names too.
        self._disable = _level_value(value)

    disable = property(lambda self: self._disable, _set_disable)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if existing is not None:
                self._adopt_children(existing, made)
            self._link_to_parent(made)
            return made

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link_to_parent(self, logger):
        # The nearest existing ancestor is the parent; missing ancestors get placeholders
        # that remember this logger, to be re-parented when they become real.
        parent = None
        for ancestor in _ancestor_names(logger.name):
            node = self.loggerDict.get(ancestor)
            if node is None:
                self.loggerDict[ancestor] = PlaceHolder(logger)
            elif isinstance(node, PlaceHolder):
                node.append(logger)
            else:
                parent = node
                break
        logger.parent = parent or self.root

    def _adopt_children(self, placeholder, logger):
        # A descendant whose parent sits above the new logger now hangs from it instead.
        prefix = logger.name
        for child in placeholder.loggerMap:
            if child.parent.name[:len(prefix)] != prefix:
                logger.parent = child.parent
                child.parent = logger

    def _forget_levels(self):
        # Levels or disable() changed: every logger's isEnabledFor answers are stale.
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


def _exc_triple(exc_info):
    # exc_info= may be an exception, a (type, value, traceback) tuple, or any other true
    # value for the exception being handled now.
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    return exc_info if isinstance(exc_info, tuple) else sys.exc_info()


def _logging_method(level, name):
    # Logger.debug .. critical: the level check first, so a disabled call costs one lookup.
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__ = name
    method.__qualname__ = 'Logger.' + name
    return method


class Logger(Filterer):
    """A named channel in the dotted hierarchy; made by getLogger, never directly."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_value(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}   # level -> isEnabledFor's answer, dropped when levels change

    def setLevel(self, level):
        self.level = _level_value(level)
        self.manager._forget_levels()

    debug = _logging_method(DEBUG, 'debug')
    info = _logging_method(INFO, 'info')
    warning = _logging_method(WARNING, 'warning')
    error = _logging_method(ERROR, 'error')
    critical = _logging_method(CRITICAL, 'critical')
    fatal = critical

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn("method")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        frames = sys._callers()
        if not frames:
            return "(unknown file)", 0, "(unknown function)", None
        # stacklevel counts outward from the caller and stops at the outermost frame; below 1
        # it names findCaller itself, as in CPython.
        if stacklevel < 1:
            at = 0
        else:
            at = min(_outside_preludes(frames) + stacklevel - 1, len(frames) - 1)
        filename, lineno, func = frames[at]
        sinfo = None
        if stack_info:
            sinfo = 'Stack (most recent call last):\n' + "".join(_render_frames(frames[at:]))[:-1]
        return filename, lineno, func, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in extra or ():
            if key in ("message", "asctime") or key in record.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            setattr(record, key, extra[key])
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        try:
            where = self.findCaller(stack_info, stacklevel)
        except ValueError:
            where = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            exc_info = _exc_triple(exc_info)
        fn, lno, func, sinfo = where
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _lineage(self):
        # This logger, then its ancestors as far as propagation carries a record.
        node = self
        while node:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        return any(node.handlers for node in self._lineage())

    def callHandlers(self, record):
        seen = 0
        for node in self._lineage():
            for hdlr in node.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
        if seen:
            return
        fallback = lastResort
        if fallback:
            if record.levelno >= fallback.level:
                fallback.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is None:
            with _lock:
                known = level > self.manager.disable and level >= self.getEffectiveLevel()
                self._cache[level] = known
        return known

    def getChild(self, suffix):
        full = suffix if self.root is self else '.'.join((self.name, suffix))
        return self.manager.getLogger(full)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    """The top of the tree, named 'root'; the module functions log through it."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


def _adapter_method(level, name):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__ = name
    method.__qualname__ = 'LoggerAdapter.' + name
    return method


class LoggerAdapter(object):
    """A logger that adds context: process() may rewrite each message and its keywords."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    debug = _adapter_method(DEBUG, 'debug')
    info = _adapter_method(INFO, 'info')
    warning = _adapter_method(WARNING, 'warning')
    error = _adapter_method(ERROR, 'error')
    critical = _adapter_method(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn("method")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        # The adapter's own frames are prelude frames, which findCaller skips already.
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra, stack_info=stack_info)

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(lambda self: self.logger.manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# MARK: - configuration and the module-level functions

def _new_root_handlers(options, encoding, errors):
    # basicConfig's own handler when none is given: a file if named, else a stream.
    filename = options.pop("filename", None)
    mode = options.pop("filemode", 'a')
    if filename:
        return [FileHandler(filename, mode, encoding=encoding, errors=None if 'b' in mode else errors)]
    return [StreamHandler(options.pop("stream", None))]


def basicConfig(**kwargs):
    # Does nothing when the root logger has handlers already, unless force=True.
    with _lock:
        errors = kwargs.pop('errors', 'backslashreplace')
        encoding = kwargs.pop('encoding', None)
        if kwargs.pop('force', False):
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = kwargs.pop("handlers", None)
        to_stream_or_file = "stream" in kwargs or "filename" in kwargs
        if handlers is not None and to_stream_or_file:
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
            handlers = _new_root_handlers(kwargs, encoding, errors)
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        fmt = kwargs.pop("format", _style_kind(style)[1])
        shared = Formatter(fmt, datefmt, style)
        for hdlr in handlers:
            if hdlr.formatter is None:
                hdlr.setFormatter(shared)
            root.addHandler(hdlr)
        # level=None means "leave the root's level alone".
        if kwargs.get("level") is not None:
            root.setLevel(kwargs["level"])
        kwargs.pop("level", None)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    # The module functions give a program with no configuration basicConfig's defaults.
    if not root.handlers:
        basicConfig()
    return root


def _module_function(name):
    def function(msg, *args, **kwargs):
        getattr(_configured_root(), name)(msg, *args, **kwargs)
    function.__name__ = function.__qualname__ = name
    return function


debug = _module_function('debug')
info = _module_function('info')
warning = _module_function('warning')
error = _module_function('error')
critical = _module_function('critical')
fatal = critical


def warn(msg, *args, **kwargs):
    _deprecated_warn("function")
    warning(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._forget_levels()


def shutdown(handlerList=_live_handlers):
    # At exit: flush and close every handler, newest first; a handler that fails with an
    # OSError or ValueError (a stream already closed) does not stop the others.
    for hdlr in reversed(list(handlerList)):
        try:
            hdlr.acquire()
            try:
                if getattr(hdlr, 'flushOnClose', True):
                    hdlr.flush()
                hdlr.close()
            finally:
                hdlr.release()
        except (OSError, ValueError):
            pass
        except Exception:
            if raiseExceptions:
                raise


# warnings.showwarning as it was before captureWarnings(True) replaced it.
_warnings_showwarning = None


def _log_warning(message, category, filename, lineno, file=None, line=None):
    # A warning bound for a file of the program's choosing still goes there.
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning(str(warnings.formatwarning(message, category, filename, lineno, line)))


def captureWarnings(capture):
    """Sends warnings to the 'py.warnings' logger (True) or back to stderr (False)."""
    global _warnings_showwarning
    import warnings
    if capture and _warnings_showwarning is None:
        _warnings_showwarning = warnings.showwarning
        warnings.showwarning = _log_warning
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None


def _deprecated_warn(what):
    import warnings
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % what, DeprecationWarning, 3)

