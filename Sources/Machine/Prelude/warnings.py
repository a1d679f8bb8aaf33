import sys
import _inspect

# Our own code after the warnings documentation and CPython 3.11's observed behaviour:
# the filter list and its default entries, per-module registries (`__warningregistry__`),
# the six actions, the report format and catch_warnings. `_caller` (a native of this
# module) finds the frame a warning is charged to: the engine's frames are not objects.

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

# (action, message pattern or None, category, module pattern or name or None, lineno)
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")
# Registries remember what they showed under one version of the filters; a change to the
# filters makes every registry start again.
_filters_version = 1
# Warnings charged to no frame (a stacklevel past the outermost) count as the sys module's.
_sys_registry = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage(object):
    """One warning as `showwarning` is given it, and as `catch_warnings(record=True)` keeps it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


def _getline(filename, lineno):
    lines = _inspect.source_lines(filename)
    if lines is None or not 1 <= lineno <= len(lines):
        return ""
    return lines[lineno - 1]


def _report(msg):
    line = msg.line if msg.line is not None else _getline(msg.filename, msg.lineno)
    head = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = line.strip() if line else line
    return head + "  %s\n" % line if line else head


def formatwarning(message, category, filename, lineno, line=None):
    """The text `showwarning` writes: `file:line: Category: message` and the source line."""
    return _report(WarningMessage(message, category, filename, lineno, None, line))


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _report(msg)


def _showwarnmsg_impl(msg):
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    try:
        file.write(_formatwarnmsg(msg))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (sys.stderr by default); replace it to divert warnings."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    shown = showwarning
    if shown is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(shown):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    shown(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _add_filter(entry, append):
    global filters
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: `message` and `module` are regular expressions (`message` ignoring case)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    text_pattern = re.compile(message, re.I) if message else None
    module_pattern = re.compile(module) if module else None
    _add_filter((action, text_pattern, category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter that matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter, the default ones included."""
    filters[:] = []
    _filters_mutated()


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning charged to the caller `stacklevel` frames up (1: warn's caller)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    where = _caller(stacklevel)
    if where is None:
        filename, lineno, module, registry = "sys", 1, "sys", _sys_registry
    else:
        filename, lineno, scope = where
        module = scope.get("__name__")
        if type(module) is not str:
            module = "<string>"
        registry = scope.get("__warningregistry__")
        if registry is None:
            registry = scope["__warningregistry__"] = {}
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning as if from `filename`:`lineno` of `module`, remembered in `registry`."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = defaultaction
    chosen = None
    for entry in filters:
        what, text_pattern, kind, module_pattern, line = entry
        if (_matches(text_pattern, text) and issubclass(category, kind)
                and _matches(module_pattern, module) and (line == 0 or line == lineno)):
            action = what
            chosen = entry
            break
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, chosen))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings(object):
    """Saves the filters and `showwarning` on entry and puts them back on exit; with
    `record=True` the warnings are kept in the list `__enter__` returns instead of shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._saved = (m.filters, m.showwarning, m._showwarnmsg_impl)
        m.filters = m.filters[:]
        m._filters_mutated()
        if self._filter is not None:
            m.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        m._showwarnmsg_impl = log.append
        m.showwarning = m._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters, m.showwarning, m._showwarnmsg_impl = self._saved
        m._filters_mutated()
