# A slice that takes the whole of an immutable sequence (str, bytes, tuple) with step 1 is
# the sequence itself, as in CPython; any other slice is a new object, and a list's always is.
from collections import namedtuple

s = "abc"
b = b"abc"
t = (1, 2)
u = "héllo"
print(s[:] is s, s[0:3] is s, s[0:10] is s, s[-5:] is s, s[::1] is s)
print(s[::-1] is s, s[1:] is s, s[:2] is s, s[::2])
print(b[:] is b, b[0:3] is b, b[1:] is b, t[:] is t, t[0:2] is t, t[:1] is t)
print(u[:] is u, u[0:5] is u, u[1:], u[::-1])
lst = [1, 2]
print(lst[:] is lst, lst[:] == lst)
ba = bytearray(b"xy")
print(ba[:] is ba, ba[:] == ba)
P = namedtuple("P", "x y")
p = P(1, 2)
print(type(p[:]).__name__, p[:] is p, p[:])


class S(str):
    pass


w = S("word")
print(type(w[:]).__name__, w[:] is w, w[:])
print(("" * 3)[:] == "", ()[:] == ())
