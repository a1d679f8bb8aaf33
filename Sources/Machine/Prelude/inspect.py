import sys
import _inspect
from collections import OrderedDict
from types import MappingProxyType as _ReadOnly

# inspect: the common parts of CPython Lib/inspect.py 3.11, written anew. The engine's frames
# are not objects: currentframe()/stack() give small read-only stand-ins (f_code, f_lineno,
# f_back); functions have no __annotations__, so parameters carry none. Docs/STDLIB.md (inspect).

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def _f():
    pass


async def _c():
    pass


def _g():
    yield


FunctionType = type(_f)
_coroutine = _c()
CoroutineType = type(_coroutine)
_coroutine.close()
del _coroutine
GeneratorType = type(_g())
BuiltinFunctionType = type(len)
_object = object  # the parameters named `object` below hide the builtin


class _K:
    def m(self):
        pass


MethodType = type(_K().m)
del _K


def ismodule(object):
    return type(object).__name__ == 'module'


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, MethodType)


def isfunction(object):
    return isinstance(object, FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, GeneratorType)


def iscoroutine(object):
    return isinstance(object, CoroutineType)


def isawaitable(object):
    return (isinstance(object, CoroutineType) or
            isinstance(object, GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            hasattr(type(object), '__await__'))


def isbuiltin(object):
    return isinstance(object, BuiltinFunctionType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


def getmembers(object, predicate=None):
    """All (name, value) pairs of an object's attributes, sorted by name, optionally filtered."""
    pairs = []
    for name in sorted(set(dir(object))):
        # dir() may list names that fail to resolve (a property raising, a slot never set).
        try:
            value = getattr(object, name)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            pairs.append((name, value))
    return pairs


def cleandoc(doc):
    """Clean up indentation from docstrings."""
    # The first line loses its leading blanks; the others lose the widest indentation they
    # all share (lines of blanks only do not count); blank lines at both ends are dropped.
    first, *rest = doc.expandtabs().split('\n')
    shared = None
    for text in rest:
        body = text.lstrip()
        if body:
            depth = len(text) - len(body)
            shared = depth if shared is None else min(shared, depth)
    kept = [first.lstrip()] + [text[shared or 0:] for text in rest]
    low, high = 0, len(kept)
    while low < high and not kept[low]:
        low += 1
    while high > low and not kept[high - 1]:
        high -= 1
    return '\n'.join(kept[low:high])


def _owner_class(function):
    # A plain function defined in a class body names its class in __qualname__
    # ("Outer.method"); look that class up in the function's module.
    parts = function.__qualname__.split('.')
    if len(parts) < 2 or parts[-2] == '<locals>':
        return None
    found = sys.modules.get(function.__module__)
    for part in parts[:-1]:
        found = getattr(found, part, None)
    return found if isclass(found) else None


def _inherited_doc(object):
    """The docstring a class or method without one takes over from its bases, or None."""
    if isclass(object):
        for base in object.__mro__[1:]:
            if base is not _object:
                text = getattr(base, '__doc__', None)
                if text is not None:
                    return text
        return None
    name = getattr(object, '__name__', None)
    if ismethod(object):
        owner = object.__self__ if isclass(object.__self__) else type(object.__self__)
    elif isfunction(object):
        owner = _owner_class(object)
    else:
        return None
    if owner is None or not name:
        return None
    for base in owner.__mro__:
        candidate = base.__dict__.get(name)
        text = getattr(candidate, '__doc__', None) if candidate is not None else None
        if text is not None:
            return text
    return None


def getdoc(object):
    """The object's docstring, cleaned up; inherited from a base when the object has none."""
    text = getattr(object, '__doc__', None)
    if text is None:
        text = _inherited_doc(object)
    return cleandoc(text) if isinstance(text, str) else None


def getfile(object):
    """The name of the file in which an object was defined."""
    if ismodule(object):
        path = getattr(object, '__file__', None)
        if not path:
            raise TypeError('{!r} is a built-in module'.format(object))
        return path
    if isclass(object):
        path = getattr(sys.modules.get(object.__module__), '__file__', None)
        if not path:
            raise TypeError('{!r} is a built-in class'.format(object))
        return path
    target = object.__func__ if ismethod(object) else object
    if isfunction(target):
        return target.__code__.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, '
                    'got {}'.format(type(object).__name__))


getsourcefile = getfile


def _lines_of(filename):
    lines = _inspect.source_lines(filename)
    if lines is None:
        raise OSError('could not get source code')
    return [line + '\n' for line in lines]


def _block(lines, start):
    # The statement starting at lines[start] (a def or class, after its decorators) and the
    # lines indented under it: found by indentation rather than by tokens.
    first = start
    while first < len(lines) and lines[first].lstrip().startswith('@'):
        first += 1
    if first >= len(lines):
        return lines[start:]
    base = len(lines[first]) - len(lines[first].lstrip())
    end = first + 1
    last = first
    while end < len(lines):
        text = lines[end]
        if text.strip():
            if len(text) - len(text.lstrip()) <= base:
                break
            last = end
        end += 1
    if not lines[first].rstrip().endswith(':') and last == first:
        return lines[start:first + 1]
    return lines[start:last + 1]


def _class_line(lines, name):
    # The first `class NAME` statement, moved up over its decorators.
    opener = 'class ' + name
    for number, text in enumerate(lines):
        body = text.lstrip()
        if body.startswith(opener) and body[len(opener):len(opener) + 1] in ('(', ':', ' '):
            while number > 0 and lines[number - 1].lstrip().startswith('@'):
                number -= 1
            return number
    raise OSError('could not find class definition')


def findsource(object):
    """The whole source file of an object as a list of lines, and where the object starts."""
    lines = _lines_of(getfile(object))
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_line(lines, object.__name__)
    target = object.__func__ if ismethod(object) else object
    if not isfunction(target):
        raise OSError('could not find code object')
    first = target.__code__.co_firstlineno - 1
    if first >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, first


def getsourcelines(object):
    """The source lines of an object and the number of its first line."""
    lines, first = findsource(object)
    if ismodule(object):
        return lines, 0
    return _block(lines, first), first + 1


def getsource(object):
    """The source text of an object."""
    return ''.join(getsourcelines(object)[0])


def getmodule(object):
    """The module an object was defined in, if it can be told."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    return None if name is None else sys.modules.get(name)


# --- Signatures ---
# Parameter, Signature and BoundArguments follow the documented API of inspect; binding is
# done in two passes (positional values, then keywords) and fails with CPython's messages.

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self.name, self.value)

    def __str__(self):
        return self.name

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __eq__(self, other):
        if isinstance(other, _ParameterKind):
            return self.value == other.value
        return self.value == other

    def __lt__(self, other):
        return self.value < int(other)

    def __gt__(self, other):
        return self.value > int(other)

    def __hash__(self):
        return hash(self.value)


_KINDS = (_ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only'),
          _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword'),
          _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional'),
          _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only'),
          _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword'))
_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = _KINDS
_TAKES_POSITIONAL = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)
_STARRED = (_VAR_POSITIONAL, _VAR_KEYWORD)


def _as_kind(kind):
    # Parameter accepts a kind or its number, as the IntEnum CPython uses would.
    if isinstance(kind, _ParameterKind):
        return kind
    if isinstance(kind, int) and 0 <= kind < len(_KINDS):
        return _KINDS[kind]
    raise ValueError('value %r is not a valid Parameter.kind' % (kind,))


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        kind = _as_kind(kind)
        if default is not _empty and kind in _STARRED:
            raise ValueError('%s parameters cannot have default values' % kind.description)
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a %s' % type(name).__name__)
        # A keyword can only name a positional-only parameter, which no caller spells out.
        from keyword import iskeyword
        if not name.isidentifier() or (kind is not _POSITIONAL_ONLY and iskeyword(name)):
            raise ValueError('%r is not a valid parameter name' % (name,))
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given attributes changed."""
        changed = {'name': name, 'kind': kind, 'annotation': annotation, 'default': default}
        for key, value in changed.items():
            if value is _void:
                changed[key] = getattr(self, '_' + key)
        return type(self)(changed['name'], changed['kind'], default=changed['default'],
                          annotation=changed['annotation'])

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            # PEP 8 spacing: `b=2`, but `b: int = 2`.
            text += (' = ' if annotated else '=') + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._key() == other._key()


def formatannotation(annotation, base_module=None):
    """How an annotation reads inside a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and not hasattr(annotation, '__origin__'):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class BoundArguments:
    """The result of Signature.bind: parameter names mapped to the values given."""
    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        # Values can be passed positionally up to the first keyword-only parameter or the
        # first parameter left unbound; everything after that has to go by keyword.
        order = list(self._signature.parameters.values())
        for at, param in enumerate(order):
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or param.name not in self.arguments:
                return order[:at], order[at:]
        return order, []

    @property
    def args(self):
        values = []
        for param in self._split()[0]:
            given = self.arguments[param.name]
            if param.kind is _VAR_POSITIONAL:
                values.extend(given)
            else:
                values.append(given)
        return tuple(values)

    @property
    def kwargs(self):
        named = {}
        for param in self._split()[1]:
            if param.name not in self.arguments:
                continue
            given = self.arguments[param.name]
            if param.kind is _VAR_KEYWORD:
                named.update(given)
            else:
                named[param.name] = given
        return named

    def apply_defaults(self):
        """Fill in the defaults of unbound parameters (() and {} for the starred ones)."""
        filled = {}
        for param in self._signature.parameters.values():
            if param.name in self.arguments:
                filled[param.name] = self.arguments[param.name]
            elif param.default is not _empty:
                filled[param.name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[param.name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[param.name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self is other or (self.signature == other.signature and self.arguments == other.arguments)

    def __repr__(self):
        shown = ', '.join('%s=%r' % pair for pair in self.arguments.items())
        return '<%s (%s)>' % (type(self).__name__, shown)


def _check_order(parameters):
    # Kinds may only go up (positional-only ... variadic keyword); among the positional
    # ones, a parameter without a default may not follow one with a default; names are unique.
    table = OrderedDict()
    highest = _POSITIONAL_ONLY
    defaulted = False
    for param in parameters:
        if param.kind.value < highest.value:
            raise ValueError('wrong parameter order: %s parameter before %s parameter'
                             % (highest.description, param.kind.description))
        highest = param.kind
        if param.kind in _TAKES_POSITIONAL:
            if param.default is not _empty:
                defaulted = True
            elif defaulted:
                raise ValueError('non-default argument follows default argument')
        if param.name in table:
            raise ValueError('duplicate parameter name: %r' % (param.name,))
        table[param.name] = param
    return table


class Signature:
    """A callable's parameters (an ordered, read-only mapping) and its return annotation."""
    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            table = OrderedDict()
        elif __validate_parameters__:
            table = _check_order(parameters)
        else:
            table = OrderedDict((param.name, param) for param in parameters)
        self._parameters = _ReadOnly(table)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with new parameters and/or return annotation."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self is other or (
            self._return_annotation == other._return_annotation
            and list(self._parameters.values()) == list(other._parameters.values()))

    def __hash__(self):
        keyword_only = frozenset(p for p in self._parameters.values() if p.kind is _KEYWORD_ONLY)
        others = tuple(p for p in self._parameters.values() if p.kind is not _KEYWORD_ONLY)
        return hash((others, keyword_only, self._return_annotation))

    def _bind(self, args, kwargs, *, partial=False):
        bound = {}
        pending = list(self._parameters.values())
        values = list(args)
        # Pass 1: positional values fill the parameters that accept them, in order.
        while values:
            if not pending or pending[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments') from None
            param = pending.pop(0)
            if param.kind is _VAR_POSITIONAL:
                bound[param.name] = tuple(values)
                values = []
                break
            if param.kind is not _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError('multiple values for argument %r' % (param.name,)) from None
            bound[param.name] = values.pop(0)
        # A *args left over binds to nothing; a required parameter left over, or a
        # positional-only one passed by keyword, fails in pass 2 with the right message.
        if pending and pending[0].kind is _VAR_POSITIONAL:
            pending.pop(0)
        # Pass 2: keywords, by name, for everything not yet bound.
        catch_all = None
        for param in pending:
            if param.kind is _VAR_KEYWORD:
                catch_all = param
            elif param.kind is _VAR_POSITIONAL:
                continue
            elif param.name in kwargs:
                if param.kind is _POSITIONAL_ONLY:
                    raise TypeError('%r parameter is positional only, but was passed as a keyword'
                                    % (param.name,))
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: %r' % (param.name,)) from None
        if kwargs:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument %r' % (next(iter(kwargs)),))
            bound[catch_all.name] = kwargs
        return BoundArguments(self, bound)

    def bind(self, /, *args, **kwargs):
        """Map args and kwargs to the parameters, or raise TypeError."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but required parameters may be left out."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __str__(self):
        pieces = []
        open_positional_only = False
        star_written = False
        for param in self._parameters.values():
            if param.kind is _POSITIONAL_ONLY:
                open_positional_only = True
            elif open_positional_only:
                pieces.append('/')
                open_positional_only = False
            if param.kind is _VAR_POSITIONAL:
                star_written = True
            elif param.kind is _KEYWORD_ONLY and not star_written:
                # A bare `*` opens the keyword-only part when no *args did.
                pieces.append('*')
                star_written = True
            pieces.append(str(param))
        if open_positional_only:
            pieces.append('/')
        text = '(%s)' % ', '.join(pieces)
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        """The signature of any callable object."""
        return _signature_of(obj, follow_wrapped)


def _parameters_of_code(func):
    # A code object lists its variable names as: positional (positional-only first),
    # keyword-only, then *args and **kwargs when the flags say they exist.
    code = func.__code__
    names = code.co_varnames
    n_positional, n_keyword = code.co_argcount, code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    keyword_defaults = func.__kwdefaults__ or {}
    first_default = n_positional - len(defaults)
    made = []
    for at in range(n_positional):
        kind = _POSITIONAL_ONLY if at < code.co_posonlyargcount else _POSITIONAL_OR_KEYWORD
        default = defaults[at - first_default] if at >= first_default else _empty
        made.append(Parameter(names[at], kind, default=default))
    after = n_positional + n_keyword
    if code.co_flags & CO_VARARGS:
        made.append(Parameter(names[after], _VAR_POSITIONAL))
        after += 1
    for name in names[n_positional:n_positional + n_keyword]:
        made.append(Parameter(name, _KEYWORD_ONLY, default=keyword_defaults.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        made.append(Parameter(names[after], _VAR_KEYWORD))
    return Signature(made, __validate_parameters__=False)


def _without_receiver(signature):
    # A bound method or an instance's __call__ hides its first parameter; *args absorbs it.
    params = list(signature.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind is _VAR_POSITIONAL:
        return signature
    return signature.replace(parameters=params[1:])


def _unwrapped(obj):
    # functools.wraps leaves __wrapped__; follow the chain, stopping if it loops.
    visited = set()
    while hasattr(obj, '__wrapped__') and id(obj) not in visited:
        visited.add(id(obj))
        obj = obj.__wrapped__
    return obj


def _signature_of(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _without_receiver(_signature_of(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = _unwrapped(obj)
    declared = getattr(obj, '__signature__', None)
    if declared is not None:
        return declared
    if isfunction(obj):
        return _parameters_of_code(obj)
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isclass(obj):
        # The first __init__ or __new__ written in Python along the MRO describes the call.
        for klass in obj.__mro__:
            for special in ('__init__', '__new__'):
                method = klass.__dict__.get(special)
                if method is not None and isfunction(method):
                    return _without_receiver(_parameters_of_code(method))
        return Signature()
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _without_receiver(_parameters_of_code(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


# --- Frames (minimal stand-ins) ---

class _Code:
    __slots__ = ('co_filename', 'co_name')

    def __init__(self, filename, name):
        self.co_filename = filename
        self.co_name = name


class _Frame:
    # What the engine can say of a frame: its code's file and name, its line, its caller.
    def __init__(self, callers, index):
        self._callers = callers
        self._index = index
        # Counted from the outermost frame, which stays put while this frame runs.
        self._depth = len(callers) - 1 - index
        filename, lineno, name = callers[index]
        self.f_code = _Code(filename, name)

    @property
    def f_lineno(self):
        # The line the frame is at now, as CPython's live frames report.
        now = sys._callers()
        i = len(now) - 1 - self._depth
        if 0 <= i < len(now) and now[i][2] == self.f_code.co_name:
            return now[i][1]
        return self._callers[self._index][1]

    @property
    def f_back(self):
        if self._index + 1 < len(self._callers):
            return _Frame(self._callers, self._index + 1)
        return None

    def __repr__(self):
        return '<frame, file %r, line %d, code %s>' % (self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


class FrameInfo:
    __slots__ = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')

    def __init__(self, frame, filename, lineno, function, code_context, index):
        self.frame = frame
        self.filename = filename
        self.lineno = lineno
        self.function = function
        self.code_context = code_context
        self.index = index

    def __iter__(self):
        return iter((self.frame, self.filename, self.lineno, self.function, self.code_context, self.index))

    def __getitem__(self, i):
        return tuple(self)[i]

    def __len__(self):
        return 6

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, code_context=%r, index=%r)'
                % tuple(self))


def currentframe():
    callers = sys._callers()[1:]
    return _Frame(callers, 0) if callers else None


def stack(context=1):
    callers = sys._callers()[1:]
    out = []
    for i, (filename, lineno, name) in enumerate(callers):
        lines = _inspect.source_lines(filename)
        code_context = None
        index = None
        if context > 0 and lines is not None and 1 <= lineno <= len(lines):
            start = max(0, lineno - 1 - context // 2)
            code_context = [line + '\n' for line in lines[start:start + context]]
            index = lineno - 1 - start
        out.append(FrameInfo(_Frame(callers, i), filename, lineno, name, code_context, index))
    return out


def getframeinfo(frame, context=1):
    return FrameInfo(frame, frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name, None, None)
