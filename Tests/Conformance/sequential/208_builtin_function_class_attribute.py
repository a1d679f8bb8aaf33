# A built-in function stored on a class is not a descriptor: reached through an instance it
# is the function itself (no self). A built-in type's method still binds, and a Python
# function binds as always.
import time


class A:
    f = len
    g = abs
    t = time.monotonic
    up = str.upper

    def h(self):
        return "bound"


a = A()
print(a.f, a.f([1, 2]), A.g(-3), a.g(-4), a.f is len)
print(type(a.t).__name__, isinstance(a.t(), float))
print(a.h(), A.up("x"))


class Manager:
    __enter__ = object.__init__

    def __exit__(self, *exc):
        print("exit", exc)


try:
    with Manager():
        pass
except TypeError as e:
    print("TypeError", e)
