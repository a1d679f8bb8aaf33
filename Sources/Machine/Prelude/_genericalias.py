# types.GenericAlias (Objects/genericaliasobject.c): what `list[int]`, `dict[str, int]` and
# `tuple[int, ...]` make. The engine's subscript of a built-in generic class calls
# `_alias(origin, item)`; `types.GenericAlias` can be this class.


def _type_repr(p):
    if p is Ellipsis:
        return "..."
    if hasattr(p, "__origin__") and hasattr(p, "__args__"):
        return repr(p)
    qualname = getattr(p, "__qualname__", None)
    module = getattr(p, "__module__", None)
    if qualname is None or module is None:
        return repr(p)
    if module == "builtins":
        return qualname
    return f"{module}.{qualname}"


class GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __repr__(self):
        if not self.__args__:
            return f"{_type_repr(self.__origin__)}[()]"
        return f"{_type_repr(self.__origin__)}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        from _uniontype import _union
        return _union(self, other)

    def __ror__(self, other):
        from _uniontype import _union
        return _union(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


GenericAlias.__module__ = "types"


def _alias(origin, item):
    return GenericAlias(origin, item)
