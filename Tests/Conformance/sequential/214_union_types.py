# PEP 604: `int | None` is a types.UnionType (annotations, isinstance, typing interplay).
import types, typing
def f(x: int | None = None) -> list[int] | None:
    return x
print(f(3))
print(int | str, type(int | None), isinstance(3, int | str), isinstance("s", int | None), (int | str) == (str | int))
print(typing.Optional[int] == (int | None), typing.Union[int, str] == (int | str), typing.get_args(int | str))
print(int | int, None | str, (int | str) | float, int | (str | float), hash(int | str) == hash(str | int))
print(issubclass(bool, int | str), list[int] | None, typing.get_origin(int | str) is types.UnionType)
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.Union[int | str, float])
try: isinstance(3, list[int] | None)
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
try: types.UnionType()
except TypeError as e: print(e)
x = int
x |= str
print(x, types.UnionType, repr(types.UnionType))
class C: pass
print(C | None, int | typing.List[int])
