# re.sub, re.subn and re.split results: literal replacements and split (done natively),
# callables and templates, the type of the result and when it is the very string passed in;
# the pieces re gives of a bytearray (split, findall, groups) are bytes, as _sre's are.
import re

# The result's type: a bytearray subject gives bytes, as CPython's join does.
print(type(re.sub(b"a", b"b", bytearray(b"aa"))).__name__, type(re.sub(b"x", b"b", bytearray(b"aa"))).__name__)
print(type(re.sub(b"a", lambda m: b"b", bytearray(b"aa"))).__name__, type(re.sub(b"(a)", rb"\1", bytearray(b"aa"))).__name__)
print(re.sub(b"(a)", rb"<\1>", bytearray(b"aa")), re.sub(rb"\d", b"#", b"a1b22"))

# With no match an exact str or bytes comes back itself.
s = "xyz"
print(re.sub("q", "z", s) is s, re.sub("q", lambda m: "z", s) is s, re.sub("(q)", r"\1", s) is s)
print(re.sub("x", "x", s) is s, re.sub("q", "", s) is s)
b = b"xyz"
print(re.sub(b"q", b"z", b) is b, re.sub(b"x", b"x", b) is b)

# Counts, empty matches, non-ASCII subjects and replacements.
print(re.subn("a", "Z", "banana", count=2), re.sub("a", "b", "aaa", 0), re.sub("a", "b", "aaa", -1))
print(repr(re.sub("", "-", "abc")), re.sub("x*", "-", "abxd"), re.subn("", "-", "abc", count=2))
print(re.sub("a", "é", "banana"), re.sub("é", "", "éaé"), re.sub("", "ü", "ab"), re.sub("é", "ü", "café é"))
print(re.sub(r"\s+", " ", "a \t b\n\nc"), repr(re.sub("(?m)^", "> ", "x\ny")))
print(re.subn(r"\d", "", "x1y2"), re.sub(r"\d", "#", "2024-06-01 12:00"))
p = re.compile("o")
print(p.sub("0", "foo boo", count=3), p.subn("", "oo"), p.sub("", ""))
print(re.sub("a", r"\\", "banana"), re.sub("a", r"\n", "ab") == "\nb", re.sub("(a)", r"[\g<1>]", "banana"))

# Errors are CPython's.
# A replacement of the other kind is joined anyway: it fails only where it is used.
for args in (("a", "b", 5), ("a", "b", b"abc"), (b"a", b"b", "abc"),
             ("a", b"b", "abc"), ("q", b"b", "abc"), ("b", b"x", "abc"), ("b", bytearray(b"x"), "abc"),
             (b"a", "b", b"abc"), (b"b", "b", b"abc"), (b"q", "b", b"abc"), (b"q", "b", bytearray(b"abc"))):
    try:
        print(repr(re.sub(*args)))
    except TypeError as e:
        print("TypeError:", e)

# Pieces of a bytearray are bytes; a match or split of the whole of a str is the str itself.
ba = bytearray(b"xay-a")
print(re.split(b"a", ba), re.split(b"(a)", ba), re.findall(b"a(y)?", ba), re.findall(b"y", ba))
m = re.search(b"a(y)", ba)
print(m.group(), m.group(1), m.groups(), m.string is ba, m[0], m.group(0, 1))
print([m.group() for m in re.finditer(b"a", ba)], re.match(b"x", ba).expand(rb"<\g<0>>"))
print(re.split("q", s)[0] is s, re.match("xyz", s).group() is s, re.fullmatch(b"xyz", b).group() is b)

# split: limits, empty matches, groups that did not take part, non-ASCII text, errors.
print(re.split("a", "bab", -1), re.split("a", "bab", maxsplit=1), re.split("x*", "axbc"), re.split("(x)|(y)", "axbyc"))
print(re.split(r"\s+", " a  b\tc\n"), re.split(r"(\s)+", " a  b"), re.split("é", "aébéc"), re.split("(é)", "aébé"))
print(re.split("", "abc"), re.split("(?=b)", "abab"), re.split(b"(a)(b)?", b"xaybaz", 1), re.split("q", ""))
print(re.split(b"q", b)[0] is b, re.split(b"q", ba), re.split(b"q", ba)[0] is ba, re.split(b"y", ba))
print(re.split("[,;]", "a,b;c", maxsplit=0), re.compile("(?P<s>,)").split("1,2"), re.split(r"\b", "hi there"))
for args in (("a", b"bab"), (b"a", "bab"), ("a", 5)):
    try:
        re.split(*args)
    except TypeError as e:
        print("TypeError:", e)
