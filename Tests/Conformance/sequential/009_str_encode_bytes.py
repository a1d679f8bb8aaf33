s = "héllo ✓"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8"), b.decode() == s)
print("abc".encode(), "abc".encode("ascii"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("✓".encode("utf-8", "replace"), "é✓".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(b"caf\xc3\xa9".decode("utf-8"))
print(list("hé".encode()))
print(bytes([104, 105]), bytes(3), bytes("xy", "utf-8"))
print(b"a" + b"bc", b"ab" * 2, b"b" in b"abc")
print(str(b"x"), repr(b"'\""), b"\n\t\x00")
