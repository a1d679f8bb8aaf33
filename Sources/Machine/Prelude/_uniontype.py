# types.UnionType (Objects/unionobject.c): what `int | str` and `int | None` make. The
# engine's `|` between a class and a class or None calls `_union(left, right)`; a
# GenericAlias and a union take part through their own `__or__`/`__ror__`.
from _genericalias import GenericAlias, _type_repr

_NoneType = type(None)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _members(x):
    # A union's own members are spliced in; None stands for NoneType, as in an annotation.
    if isinstance(x, UnionType):
        return x.__args__
    return (_NoneType if x is None else x,)


def _union(left, right):
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    members = []
    for m in _members(left) + _members(right):
        if not any(m is seen or (isinstance(m, GenericAlias) and m == seen) for seen in members):
            members.append(m)
    if len(members) == 1:
        return members[0]
    made = object.__new__(UnionType)
    made.__args__ = tuple(members)
    made.__parameters__ = ()
    return made


class UnionType:
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __repr__(self):
        return " | ".join("None" if m is _NoneType else _type_repr(m) for m in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for m in self.__args__:
            if isinstance(m, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return any(isinstance(obj, m) for m in self.__args__)

    def __subclasscheck__(self, cls):
        for m in self.__args__:
            if isinstance(m, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return any(issubclass(cls, m) for m in self.__args__)


UnionType.__module__ = "types"
