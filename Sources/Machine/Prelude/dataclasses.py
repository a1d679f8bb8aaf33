# dataclasses: the @dataclass decorator and its helpers, written from the documented behaviour.
# CPython builds the special methods by exec'ing generated source; here they are closures over
# the field lists, which raise the same errors and print the same reprs.
import sys
import copy
import _thread
from types import MappingProxyType as _ReadOnly

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return '<dataclasses._MISSING_TYPE object>'


class _KW_ONLY_TYPE:
    def __repr__(self):
        return '<dataclasses._KW_ONLY_TYPE object>'


MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()

# A field's kind, shown bare at the end of Field's repr (`_field_type=_FIELD`), so the kind
# is simply that text.
_REGULAR = '_FIELD'
_CLASS_VARIABLE = '_FIELD_CLASSVAR'
_INIT_ONLY = '_FIELD_INITVAR'

_NO_METADATA = _ReadOnly({})


class InitVar:
    """A pseudo-field type: passed to __init__ and __post_init__, never stored."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return cls(type)

    def __repr__(self):
        inner = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % inner


def _fields_text(obj, names):
    return ','.join('%s=%r' % (name, getattr(obj, name)) for name in names)


class Field:
    """One field of a dataclass, as field() describes it."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _NO_METADATA if metadata is None else _ReadOnly(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        shown = _fields_text(self, ('name', 'type', 'default', 'default_factory', 'init', 'repr',
                                    'hash', 'compare', 'metadata', 'kw_only'))
        return 'Field(%s,_field_type=%s)' % (shown, self._field_type)

    def _has_default(self):
        return self.default is not MISSING or self.default_factory is not MISSING

    def _initial_value(self):
        if self.default_factory is not MISSING:
            return self.default_factory()
        return self.default


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq, self.order = init, repr, eq, order
        self.unsafe_hash, self.frozen = unsafe_hash, frozen

    def __repr__(self):
        return '_DataclassParams(%s)' % _fields_text(
            self, ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen'))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describe one field: its default or default factory and which methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# -- Reading the class body ----------------------------------------------------------------

def _kind_of(annotation):
    # String annotations (from `from __future__ import annotations`) are judged by their text.
    if isinstance(annotation, str):
        text = annotation
        for prefix in ('typing.', 'dataclasses.'):
            if text.startswith(prefix):
                text = text[len(prefix):]
        if text.startswith('ClassVar'):
            return _CLASS_VARIABLE
        if text.startswith('InitVar'):
            return _INIT_ONLY
        return _REGULAR
    if annotation is InitVar or isinstance(annotation, InitVar):
        return _INIT_ONLY
    typing = sys.modules.get('typing')
    if typing is not None:
        if annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar:
            return _CLASS_VARIABLE
    return _REGULAR


def _is_kw_only_marker(annotation):
    return annotation is KW_ONLY or (isinstance(annotation, str) and annotation.endswith('KW_ONLY'))


def _refuses_hashing(value):
    # The documented test is `type(value).__hash__ is None`; the engine's list, dict and set
    # expose no __hash__ attribute, so they are named outright.
    return isinstance(value, (list, dict, set)) or getattr(type(value), '__hash__', 0) is None


def _describe(cls, name, annotation, kw_only_default):
    """The Field for one annotated name of the class body."""
    declared = getattr(cls, name, MISSING)
    spec = declared if isinstance(declared, Field) else field(default=declared)
    spec.name, spec.type = name, annotation
    spec._field_type = _kind_of(annotation)
    if spec._field_type is not _REGULAR and spec.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if spec._field_type is _CLASS_VARIABLE:
        if spec.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
    elif spec.kw_only is MISSING:
        spec.kw_only = kw_only_default
    if spec._field_type is _REGULAR and spec.default is not MISSING and _refuses_hashing(spec.default):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(spec.default), name))
    return spec


def _inherited_fields(cls):
    """Fields of dataclass bases, most basic first; and whether any, and any frozen, exist."""
    found = {}
    saw_dataclass = saw_frozen = False
    for base in reversed(cls.__mro__[1:]):
        table = getattr(base, '__dataclass_fields__', None)
        if table is None:
            continue
        saw_dataclass = True
        found.update((spec.name, spec) for spec in table.values())
        saw_frozen = saw_frozen or getattr(base, '__dataclass_params__').frozen
    return found, saw_dataclass, saw_frozen


def _own_fields(cls, kw_only):
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if marker_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % name)
            marker_seen = kw_only = True
            continue
        own.append(_describe(cls, name, annotation, kw_only))
    # A field() left on the class would shadow instance values; the plain default stays as a
    # class attribute, a default-less field disappears.
    for spec in own:
        if isinstance(cls.__dict__.get(spec.name), Field):
            if spec.default is MISSING:
                delattr(cls, spec.name)
            else:
                setattr(cls, spec.name, spec.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)
    return own


# -- The generated methods -----------------------------------------------------------------

def _count(n, noun):
    return '%d %s' % (n, noun if n == 1 else noun + 's')


def _quoted_list(names):
    quoted = ["'%s'" % name for name in names]
    if len(quoted) < 3:
        return ' and '.join(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _build_init(cls, positional, keyword_only, every, frozen):
    # Binds arguments the way a generated `def __init__(self, a, b=1, *, c)` would, with the
    # same TypeError texts, then stores each field and hands InitVars to __post_init__.
    where = cls.__qualname__ + '.__init__'
    order = [spec.name for spec in positional]
    needed = [spec.name for spec in positional if not spec._has_default()]
    accepted = set(order) | {spec.name for spec in keyword_only}
    post_init_args = [spec.name for spec in every if spec._field_type is _INIT_ONLY]
    calls_post_init = hasattr(cls, '__post_init__')
    store = object.__setattr__ if frozen else setattr

    def too_many(given):
        most = len(order) + 1
        if len(needed) == len(order):
            takes = _count(most, 'positional argument')
        else:
            takes = 'from %d to %d positional arguments' % (len(needed) + 1, most)
        verb = 'was' if given == 1 else 'were'
        return TypeError('%s() takes %s but %d %s given' % (where, takes, given, verb))

    def __init__(self, *args, **kwargs):
        bound = dict(zip(order, args))
        for name, value in kwargs.items():
            if name not in accepted:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (where, name))
            if name in bound:
                raise TypeError("%s() got multiple values for argument '%s'" % (where, name))
            bound[name] = value
        if len(args) > len(order):
            raise too_many(len(args) + 1)
        for group, label in ((needed, 'positional'),
                             ([s.name for s in keyword_only if not s._has_default()], 'keyword-only')):
            absent = [name for name in group if name not in bound]
            if absent:
                raise TypeError('%s() missing %s: %s' % (
                    where, _count(len(absent), 'required %s argument' % label), _quoted_list(absent)))
        for spec in every:
            if spec._field_type is _INIT_ONLY:
                if spec.name not in bound and spec.default is not MISSING:
                    bound[spec.name] = spec.default
            elif spec.init and spec.name in bound:
                store(self, spec.name, bound[spec.name])
            elif spec.init or spec.default_factory is not MISSING:
                store(self, spec.name, spec._initial_value())
        if calls_post_init:
            self.__post_init__(*[bound[name] for name in post_init_args])

    return __init__


# Instances being repr'd right now, per thread, so a dataclass that contains itself prints
# `...` where it recurs (what reprlib.recursive_repr does for CPython's generated __repr__).
_in_repr = set()


def _build_repr(cls, shown):
    names = [spec.name for spec in shown if spec.repr]

    def __repr__(self):
        token = (id(self), _thread.get_ident())
        if token in _in_repr:
            return '...'
        _in_repr.add(token)
        try:
            body = ', '.join('%s=%r' % (name, getattr(self, name)) for name in names)
        finally:
            _in_repr.discard(token)
        return '%s(%s)' % (type(self).__qualname__, body)

    # pprint recognises the generated repr by this mark and lays the fields out itself.
    __repr__._dataclass_repr = True
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, name) for name in names])


def _build_comparison(cls, method, compared, test):
    # Instances of exactly the same class compare as tuples of their compared fields.
    names = [spec.name for spec in compared if spec.compare]

    def comparison(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return test(_values(self, names), _values(other, names))

    comparison.__name__ = method
    return comparison


_COMPARISONS = (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b))


def _build_hash(hashed):
    names = [spec.name for spec in hashed if (spec.compare if spec.hash is None else spec.hash)]

    def __hash__(self):
        return hash(_values(self, names))

    return __hash__


def _build_freezers(cls, stored):
    names = frozenset(spec.name for spec in stored)

    def guarded(self, name):
        # A subclass that is not itself a dataclass may still set its own attributes.
        return type(self) is cls or name in names

    def __setattr__(self, name, value):
        if guarded(self, name):
            raise FrozenInstanceError('cannot assign to field %r' % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if guarded(self, name):
            raise FrozenInstanceError('cannot delete field %r' % name)
        object.__delattr__(self, name)

    return (('__setattr__', __setattr__), ('__delattr__', __delattr__))


def _install(cls, name, function):
    """Add a method unless the class body defined one; say whether it was already there."""
    if name in cls.__dict__:
        return True
    if hasattr(function, '__qualname__'):
        function.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    setattr(cls, name, function)
    return False


def _hash_choice(unsafe_hash, eq, frozen, explicit):
    """What to do with __hash__: 'add', 'unset' (None) or 'keep', per the documented table."""
    if unsafe_hash:
        return 'refuse' if explicit else 'add'
    if not eq or explicit:
        return 'keep'
    return 'add' if frozen else 'unset'


def _annotation_text(annotation):
    # How a signature prints an annotation: typing constructs without the `typing.` prefix,
    # builtins by bare name, other classes by module and qualified name, the rest by repr.
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and not hasattr(annotation, '__origin__'):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_doc(cls, positional, keyword_only):
    def one(spec):
        text = '%s: %s' % (spec.name, _annotation_text(spec.type))
        if spec.default_factory is not MISSING:
            return text + ' = <factory>'
        if spec.default is not MISSING:
            return text + ' = %r' % (spec.default,)
        return text
    parts = [one(spec) for spec in positional]
    if keyword_only:
        parts.append('*')
        parts += [one(spec) for spec in keyword_only]
    return '%s(%s)' % (cls.__name__, ', '.join(parts))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    table, has_dataclass_base, has_frozen_base = _inherited_fields(cls)
    for spec in _own_fields(cls, kw_only):
        table[spec.name] = spec
    if has_dataclass_base and has_frozen_base != bool(frozen):
        if frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    cls.__dataclass_fields__ = table

    # An explicit __hash__ counts unless it is the None that defining __eq__ implies.
    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (own_hash is None and '__eq__' in cls.__dict__)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    takes_part = [spec for spec in table.values() if spec._field_type is not _CLASS_VARIABLE]
    by_position = [spec for spec in takes_part if spec.init and not spec.kw_only]
    by_keyword = [spec for spec in takes_part if spec.init and spec.kw_only]
    stored = [spec for spec in takes_part if spec._field_type is _REGULAR]

    if init:
        defaulted = None
        for spec in by_position:
            if spec._has_default():
                defaulted = spec
            elif defaulted is not None:
                raise TypeError('non-default argument %r follows default argument' % spec.name)
        _install(cls, '__init__', _build_init(cls, by_position, by_keyword, takes_part, frozen))
    if repr:
        _install(cls, '__repr__', _build_repr(cls, stored))
    if eq:
        _install(cls, '__eq__', _build_comparison(cls, '__eq__', stored, lambda a, b: a == b))
    if order:
        for method, test in _COMPARISONS:
            if _install(cls, method, _build_comparison(cls, method, stored, test)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (method, cls.__name__))
    if frozen:
        for method, function in _build_freezers(cls, stored):
            if _install(cls, method, function):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (method, cls.__name__))

    choice = _hash_choice(unsafe_hash, eq, frozen, explicit_hash)
    if choice == 'refuse':
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
    if choice == 'add':
        cls.__hash__ = _build_hash(stored)
        cls.__hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    elif choice == 'unset':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_doc(cls, by_position, by_keyword)
    if match_args:
        _install(cls, '__match_args__', tuple(spec.name for spec in by_position))
    if slots:
        # The engine does not enforce __slots__: the class keeps its __dict__.
        cls.__slots__ = tuple(spec.name for spec in stored)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class, from its annotated fields."""
    def decorate(target):
        return _process_class(target, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    return decorate if cls is None else decorate(cls)


# -- Working with dataclasses --------------------------------------------------------------

def fields(class_or_instance):
    """The fields of a dataclass or instance, as a tuple of Field (no ClassVar or InitVar)."""
    table = getattr(class_or_instance, '__dataclass_fields__', None)
    if table is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(spec for spec in table.values() if spec._field_type is _REGULAR)


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), '__dataclass_fields__')


def _unpack(value, pack):
    # Recursion shared by asdict and astuple: `pack` turns one dataclass instance into its
    # dict or tuple; lists, tuples (named ones too) and dicts are rebuilt with their own type;
    # anything else is deep-copied.
    if _is_instance(value):
        return pack(value)
    kind = type(value)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return kind(*[_unpack(item, pack) for item in value])
    if isinstance(value, (list, tuple)):
        return kind(_unpack(item, pack) for item in value)
    if isinstance(value, dict):
        return kind((_unpack(k, pack), _unpack(v, pack)) for k, v in value.items())
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """Turn a dataclass instance into a dict of its fields, recursively."""
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def pack(instance):
        return dict_factory([(spec.name, _unpack(getattr(instance, spec.name), pack))
                             for spec in fields(instance)])
    return pack(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Turn a dataclass instance into a tuple of its field values, recursively."""
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def pack(instance):
        return tuple_factory([_unpack(getattr(instance, spec.name), pack) for spec in fields(instance)])
    return pack(obj)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed (through __init__)."""
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for spec in obj.__dataclass_fields__.values():
        if spec._field_type is _CLASS_VARIABLE:
            continue
        if not spec.init:
            if spec.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified '
                                 'with replace()' % spec.name)
        elif spec.name not in changes:
            if spec._field_type is _INIT_ONLY and spec.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % spec.name)
            changes[spec.name] = getattr(obj, spec.name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass from a list of names, (name, type) or (name, type, Field)."""
    from keyword import iskeyword
    body = dict(namespace or {})
    annotations = {}
    for entry in fields:
        if isinstance(entry, str):
            name, annotation = entry, 'typing.Any'
        elif len(entry) in (2, 3):
            name, annotation = entry[0], entry[1]
            if len(entry) == 3:
                body[name] = entry[2]
        else:
            raise TypeError('Invalid field: %r' % (entry,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in annotations:
            raise TypeError('Field name duplicated: %r' % (name,))
        annotations[name] = annotation
    body['__annotations__'] = annotations
    return dataclass(type(cls_name, bases, body), init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots)
