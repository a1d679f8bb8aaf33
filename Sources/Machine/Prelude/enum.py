import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto',
           'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']

_auto_null = object()

class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

class nonmember:
    def __init__(self, value):
        self.value = value

class member:
    def __init__(self, value):
        self.value = value

property = property

# types.MappingProxyType: a read-only view of the members, printed as CPython prints it.
from types import MappingProxyType as _MappingProxy

class FlagBoundary:
    pass

STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'

class EnumCheck:
    pass

CONTINUOUS = 'no skipped integer values'
NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
UNIQUE = 'one name per value'

def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'

def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'

_FunctionType = type(_is_dunder)

def _is_descriptor(obj):
    if isinstance(obj, (_FunctionType, classmethod, staticmethod, property)):
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')

def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')

def _high_bit(value):
    return value.bit_length() - 1

def _bits(num):
    return bin(num)[2:] if num >= 0 else '-' + bin(~num)[2:]

class EnumType(type):
    # CPython's EnumType (Lib/enum.py 3.11), without __prepare__: the class body's names are
    # read in order from the plain namespace dict.
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        members = []
        ns = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                ns[key] = value.value
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                ns[key] = value
                continue
            members.append((key, value))
        if first_enum is not None and first_enum._member_names_ and members:
            raise TypeError('<enum %r> cannot extend %r' % (cls, first_enum))
        generate = classdict.get('_generate_next_value_')
        if generate is None and first_enum is not None:
            generate = first_enum._generate_next_value_
        if isinstance(generate, staticmethod):
            generate = generate.__func__
        resolved = []
        last_values = []
        for key, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, len(resolved), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(generate(key, 1, len(resolved), last_values[:]) if isinstance(v, auto) else v
                              for v in value)
            resolved.append((key, value))
            last_values.append(value)
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        if '_member_type_' not in ns:
            ns['_member_type_'] = member_type
        member_type = ns['_member_type_']
        ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        ns['_flag_mask_'] = 0
        ns['_all_bits_'] = 0
        # A __new__ in an enum's body makes its members; Enum.__new__ stays the lookup by value
        # (CPython's _find_new_).
        custom_new = None
        if first_enum is not None:
            custom_new = ns.pop('__new__', None)
            if isinstance(custom_new, staticmethod):
                custom_new = custom_new.__func__
            if custom_new is None:
                for base in bases:
                    custom_new = getattr(base, '_new_member_', None)
                    if custom_new is not None:
                        break
        ns['_new_member_'] = staticmethod(custom_new) if custom_new is not None else None
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        for name, value in resolved:
            enum_class._add_member_(name, value, custom_new)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                if m._value_ and (m._value_ & (m._value_ - 1)) == 0:
                    mask |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1
        return enum_class

    def _add_member_(enum_class, name, value, custom_new):
        args = value if isinstance(value, tuple) else (value,)
        member_type = enum_class._member_type_
        if custom_new is not None:
            enum_member = custom_new(enum_class, *args)
        else:
            enum_member = object.__new__(enum_class)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                enum_member._value_ = member_type(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = enum_class
        init = getattr(enum_class, '__init__', None)
        if init is not None and init is not object.__init__ and init is not Enum.__init__:
            enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                enum_member = existing
                break
        else:
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            pass
        type.__setattr__(enum_class, name, enum_member)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = None
        member_type = object
        for base in bases:
            if isinstance(base, EnumType):
                if first_enum is None:
                    first_enum = base
                if base._member_type_ is not object and member_type is object:
                    member_type = base._member_type_
            else:
                for klass in base.__mro__:
                    if klass is object:
                        continue
                    if klass in (int, str, float, bytes, tuple):
                        member_type = klass
                        break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = '__main__'
        classdict['__module__'] = module
        classdict['__qualname__'] = qualname or class_name
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

EnumMeta = EnumType

Flag = None

class Enum(metaclass=EnumType):
    def __new__(cls, value):
        # EnumType.__call__ with a value: a member passes through, then the value map
        # (unhashable values fall back to the linear search), then _missing_.
        if type(value) is cls:
            return value
        try:
            if value in cls._value2member_map_:
                return cls._value2member_map_[value]
        except TypeError:
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None:
            raise ve_exc
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __eq__(self, other):
        if self._member_type_ is not object and not isinstance(other, Enum):
            return self._value_ == other
        return self is other

    def __ne__(self, other):
        result = self.__eq__(other)
        return not result

class ReprEnum(Enum):
    # Enums whose str() and format() are those of their values (IntEnum, StrEnum, IntFlag).
    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

def _value_of(x):
    return x._value_ if isinstance(x, Enum) else x

class _IntLike:
    # The int behaviour IntEnum and IntFlag members have in CPython (they subclass int there;
    # here they hold the int as their value).
    def __int__(self):
        return int(self._value_)
    def __index__(self):
        return int(self._value_)
    def __float__(self):
        return float(self._value_)
    def __hash__(self):
        return hash(self._value_)
    def __eq__(self, other):
        return self._value_ == _value_of(other)
    def __ne__(self, other):
        return self._value_ != _value_of(other)
    def __lt__(self, other):
        return self._value_ < _value_of(other)
    def __le__(self, other):
        return self._value_ <= _value_of(other)
    def __gt__(self, other):
        return self._value_ > _value_of(other)
    def __ge__(self, other):
        return self._value_ >= _value_of(other)
    def __add__(self, other):
        return self._value_ + _value_of(other)
    def __radd__(self, other):
        return _value_of(other) + self._value_
    def __sub__(self, other):
        return self._value_ - _value_of(other)
    def __rsub__(self, other):
        return _value_of(other) - self._value_
    def __mul__(self, other):
        return self._value_ * _value_of(other)
    def __rmul__(self, other):
        return _value_of(other) * self._value_
    def __truediv__(self, other):
        return self._value_ / _value_of(other)
    def __floordiv__(self, other):
        return self._value_ // _value_of(other)
    def __mod__(self, other):
        return self._value_ % _value_of(other)
    def __neg__(self):
        return -self._value_
    def __abs__(self):
        return abs(self._value_)
    def __bool__(self):
        return bool(self._value_)

class IntEnum(_IntLike, ReprEnum):
    _member_type_ = int

class StrEnum(ReprEnum):
    _member_type_ = str

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

def _flag_names(cls, value):
    names = []
    for name in cls._member_names_:
        m = cls._member_map_[name]
        v = m._value_
        if v and (v & (v - 1)) == 0 and v & value == v:
            names.append(name)
    return names

class Flag(Enum, boundary=STRICT):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        max_bits = max(value.bit_length(), flag_mask.bit_length())
        if unknown and cls._boundary_ != KEEP:
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, neg_value if neg_value is not None else value,
                                _pad_bits(value, max_bits), _pad_bits(flag_mask, max_bits)))
        pseudo_member = object.__new__(cls)
        pseudo_member._value_ = value
        names = _flag_names(cls, value)
        if names:
            name = '|'.join(names)
            if unknown:
                name += '|%d' % unknown
            pseudo_member._name_ = name
        else:
            pseudo_member._name_ = None
        pseudo_member._sort_order_ = -1
        cls._value2member_map_.setdefault(value, pseudo_member)
        return pseudo_member

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([self.__class__._member_map_[n] for n in _flag_names(self.__class__, self._value_)])

    def __len__(self):
        return len(_flag_names(self.__class__, self._value_))

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        # The other side's bits: a member of this flag, or a plain value of its mixed-in type.
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        bits = self._operand(other)
        return NotImplemented if bits is None else self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand(other)
        return NotImplemented if bits is None else self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand(other)
        return NotImplemented if bits is None else self.__class__(self._value_ ^ bits)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

def _pad_bits(num, max_bits):
    # enum.bin: the two's-complement bits with a sign digit, padded to max_bits.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)

class IntFlag(_IntLike, ReprEnum, Flag, boundary=KEEP):
    _member_type_ = int

    def __or__(self, other):
        return Flag.__or__(self, other)

    def __and__(self, other):
        return Flag.__and__(self, other)

    def __xor__(self, other):
        return Flag.__xor__(self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(~self._value_ & self._all_bits_ if self._boundary_ != KEEP else ~self._value_)

    __str__ = ReprEnum.__str__
    __format__ = ReprEnum.__format__

def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration

def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator

def global_enum(cls):
    return cls
