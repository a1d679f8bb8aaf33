__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType', 'TracebackType',
           'FrameType', 'NoneType', 'EllipsisType', 'NotImplementedType', 'new_class',
           'resolve_bases', 'prepare_class', 'DynamicClassAttribute', 'coroutine', 'GenericAlias',
           'UnionType']

# The interpreter's own types, caught from a sample of each kind of object; none is built here.
import sys as _sys


def _plain_function():
    return None


def _generator_function():
    yield None


async def _coroutine_function():
    return None


async def _async_generator_function():
    yield None


class _Holder:
    def method(self):
        return None


def _traceback_sample():
    try:
        raise ValueError
    except ValueError as caught:
        return caught.__traceback__


FunctionType = LambdaType = type(_plain_function)
CodeType = type(_plain_function.__code__)
GeneratorType = type(_generator_function())
_pending = _coroutine_function()
CoroutineType = type(_pending)
_pending.close()  # never awaited: closing it keeps the "never awaited" warning away
AsyncGeneratorType = type(_async_generator_function())
MethodType = type(_Holder().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
TracebackType = type(_traceback_sample())
FrameType = type(_traceback_sample().tb_frame)

del (_sys, _plain_function, _generator_function, _coroutine_function, _pending,
     _async_generator_function, _Holder, _traceback_sample)


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if self in _repr_running:
            return name + "(...)"
        _repr_running.append(self)
        try:
            items = ", ".join("{}={!r}".format(k, v) for k, v in self.__dict__.items())
        finally:
            _repr_running.remove(self)
        return "{}({})".format(name, items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

_repr_running = []


class mappingproxy:
    """A read-only view of a mapping."""
    __module__ = "builtins"

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not " + type(mapping).__name__)
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '{}'".format(name))

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return dict(self._mapping) | other

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return "mappingproxy({!r})".format(self._mapping)

    def __str__(self):
        return str(self._mapping)

MappingProxyType = mappingproxy


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    # The caller's tuple comes back unchanged (the same object) when no base needed resolving;
    # new_class relies on that identity to decide whether to record __orig_bases__.
    resolved = []
    replaced = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if hook is None:
            resolved.append(base)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
        replaced = True
    return tuple(resolved) if replaced else bases


def _most_derived_metaclass(candidate, bases):
    # The class statement's rule: the winner must be a subclass of every base's metaclass.
    for base in bases:
        other = type(base)
        if issubclass(candidate, other):
            pass
        elif issubclass(other, candidate):
            candidate = other
        else:
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
    return candidate


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    keywords = {} if kwds is None else dict(kwds)
    default = type(bases[0]) if bases else type
    meta = keywords.pop("metaclass", default)
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = {} if prepare is None else prepare(name, bases, **keywords)
    return meta, namespace, keywords


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    actual = resolve_bases(bases)
    meta, namespace, keywords = prepare_class(name, actual, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if actual is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, actual, namespace, **keywords)


DynamicClassAttribute = property


def coroutine(func):
    """Mark a generator function as usable where a coroutine is expected."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


# What `list[int]` and `int | None` make (Prelude/_genericalias.py, _uniontype.py), as
# CPython's types exports them.
from _genericalias import GenericAlias
from _uniontype import UnionType
