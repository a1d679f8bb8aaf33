# One code object per compiled block: closures made by one `def` share it, and reading
# `__code__` twice gives the same object.


def make(n):
    def get():
        return n
    return get


a, b = make(1), make(2)
print(a.__code__ is b.__code__, a.__code__ is a.__code__, a() + b())
print(a.__code__.co_name, a.__code__.co_freevars, make.__code__ is make.__code__)
codes = {make(k).__code__ for k in range(5)}
print(len(codes), make.__code__ is not a.__code__)
