import struct
for fmt in ["i", "I", "h", "b", "B", "q", "f", "d", "?", "<i", ">h", "!I", "<2h", "<iHb", "4s", "<qd", "=l"]:
    print(fmt, struct.calcsize(fmt))
p = struct.pack("<i", 1)
print(p, struct.pack(">i", 1), struct.pack("<h", -2), struct.pack(">H", 513))
print(struct.unpack("<i", p), struct.unpack(">hh", b"\x00\x01\xff\xff"))
print(struct.pack("<iHb?", -1, 65535, 127, True))
print(struct.unpack("<iHb?", struct.pack("<iHb?", -1, 65535, 127, True)))
print(struct.pack("<d", 1.5), struct.unpack("<d", struct.pack("<d", 1.5)))
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("4s", b"ab"), struct.pack("3s", b"abcdef"), struct.unpack("<4sI", b"spam\x05\x00\x00\x00"))
print(struct.pack(">Q", 2 ** 64 - 1), struct.unpack(">q", b"\xff" * 8))
header = struct.pack("!HHI", 80, 8080, 123456)
print(len(header), header.hex(), struct.unpack("!HHI", header))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
print(struct.unpack_from("<H", b"\x00\x00\x10\x00", 2))
try:
    struct.pack("<b", 200)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<i", b"\x00")
except struct.error as e:
    print("struct.error:", e)
