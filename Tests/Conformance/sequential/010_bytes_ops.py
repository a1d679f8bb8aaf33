b = b"Hello, bytes"
print(b, len(b), b[0], b[-1], b[:5], b[7:], b[::-1], b[::3])
print(type(b[0]).__name__, type(b[1:2]).__name__)
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"))
print(b.startswith(b"Hel"), b.find(b"by"), b.count(b"l"), b.strip(b"Hs"))
print(b"-".join([b"a", b"b"]), b.decode("ascii"))
print(b.hex(), bytes.fromhex("48 69"))
print(list(b"abc"), [x for x in b"\x01\x02"])
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a")
print(bytes(range(65, 70)), bytes([0, 255]))
print(b"\x80abc"[1:].decode())
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
