# A class's __module__ can be set after the class statement, and its repr follows it
# (types.GenericAlias is defined elsewhere and renamed so, as CPython's C type is).
import types


class A:
    pass


print(A, A.__module__)
A.__module__ = "elsewhere"
print(A, A.__module__, A.__dict__["__module__"])


class B:
    __module__ = "given"


print(B)
print(types.GenericAlias, type(list[int]) is types.GenericAlias, list[int] == types.GenericAlias(list, (int,)))
