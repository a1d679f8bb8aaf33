# io.StringIO and io.BytesIO: write, read, seek/tell, lines, truncate, close.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\nlast"), s.tell())
print(repr(s.getvalue()))
print(s.seek(0), repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(0, 2)
print(s.tell(), s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("x")
print(repr(s.getvalue()))
print([line for line in io.StringIO("a\nb\n\nc")])
r = io.StringIO("initial text")
print(r.tell(), r.read(7), r.readable(), r.writable(), r.seekable())
r.write("!")
print(repr(r.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    s.seek(-1)
except ValueError as e:
    print("ValueError", e)

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytes([100, 101])), b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read(), b.read())
b.seek(0)
b.write(b"XY")
print(b.getvalue(), b.tell())
lines = io.BytesIO(b"one\ntwo\nthree")
print(lines.readline(), lines.readlines())
print(list(io.BytesIO(b"x\ny")))
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

out = io.StringIO()
print("to a buffer", 42, sep="|", file=out)
out.writelines(["a", "b\n"])
print(repr(out.getvalue()))
