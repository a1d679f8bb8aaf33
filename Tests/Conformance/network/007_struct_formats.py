# struct: every format character, the byte orders, Struct objects and the errors a framing
# protocol meets.
import struct

for fmt in ['>I', '<I', '!H', '=q', '<bBhHiIlLqQ', '>?', '<c', '5s', '3p', '>e', '<f', '>d', '@i', '@bi', '<2h3x', 'n', 'N', 'P']:
    print(fmt, struct.calcsize(fmt))

print(struct.pack('>I', 1), struct.pack('<I', 1), struct.pack('!H', 0x1234))
print(struct.pack('<bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack('>?', True), struct.pack('<c', b'x'), struct.pack('5s', b'ab'), struct.pack('5s', b'abcdefg'))
print(struct.pack('3p', b'hello'), struct.pack('>e', 1.5), struct.pack('<f', 0.25), struct.pack('>d', -2.5))
print(struct.pack('@bi', 1, 2), struct.pack('<2h3x', 7, 8))
print(struct.unpack('>I', b'\x00\x00\x01\x00'), struct.unpack('<h', b'\xff\xff'))
print(struct.unpack('<bBhHiIlLqQ', struct.pack('<bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1)))
print(struct.unpack('3p', b'\x02hi'), struct.unpack('>e', b'>\x00'), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.unpack_from('>H', b'\x00\x01\x00\x02', 2), list(struct.iter_unpack('>H', b'\x00\x01\x00\x02')))

s = struct.Struct('>IH')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x00\x00\x00\x01\x00\x02'))
print(s.unpack_from(b'xx\x00\x00\x00\x03\x00\x04', 2), list(s.iter_unpack(b'\x00\x00\x00\x01\x00\x02' * 2)))

header = struct.Struct('!I')
body = 'héllo'.encode()
frame = header.pack(len(body)) + body
(n,) = header.unpack(frame[:header.size])
print(n, frame[header.size:header.size + n].decode())

for bad in [lambda: struct.pack('>I', -1), lambda: struct.pack('>H', 70000), lambda: struct.pack('>b', 200),
            lambda: struct.pack('>I', 1, 2), lambda: struct.pack('>I'), lambda: struct.unpack('>I', b'\x00'),
            lambda: struct.pack('>I', 'x'), lambda: struct.calcsize('>y'), lambda: struct.iter_unpack('>I', b'\x00' * 5),
            lambda: struct.unpack_from('>I', b'\x00', 0), lambda: struct.pack('c', b'ab')]:
    try:
        bad()
    except struct.error as e:
        print('struct.error:', e)
