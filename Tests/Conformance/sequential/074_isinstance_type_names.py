class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, object)), issubclass(A, A))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, object))
for v in [1, 1.5, "s", b"b", True, None, [1], (1,), {1: 2}, {1}, frozenset(), range(1),
          slice(1), len, print, lambda: 0, A, b, type, object(), iter([]), (x for x in [])]:
    print(type(v).__name__, end=" ")
print()
def func(): pass
print(func.__name__, A.__name__, len.__name__, int.__name__, type(A).__name__)
print(type(b) is B, type(b) == A, type(3) is int, type(type) is type)
print(type("abc")("x"), type(5)("12") + 1)
print(isinstance(A, type), issubclass(bool, int), issubclass(int, object))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(B.__mro__ == (B, A, object), object.__bases__)
