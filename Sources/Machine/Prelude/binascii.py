# binascii (Modules/binascii.c in CPython), the parts base64 needs, in Python: base64 with
# CPython's strict and lenient decoding and its error messages, hexlify/unhexlify, crc32.


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_REV = [64] * 256
for _i, _c in enumerate(_B64):
    _B64_REV[_c] = _i
_HEX = "0123456789abcdef"


def _data(s, what="a bytes-like object"):
    if isinstance(s, (bytes, bytearray)):
        return s
    if isinstance(s, memoryview):
        return s.tobytes()
    raise TypeError("%s is required, not '%s'" % (what, type(s).__name__))


def _ascii_data(s):
    # binascii's ascii_buffer_converter: str must be ASCII.
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray, memoryview)):
        return _data(s)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(s).__name__)


def b2a_base64(data, *, newline=True):
    data = _data(data)
    out = bytearray()
    table = _B64
    n = len(data)
    i = 0
    while i + 3 <= n:
        a, b, c = data[i], data[i + 1], data[i + 2]
        out.append(table[a >> 2])
        out.append(table[((a & 3) << 4) | (b >> 4)])
        out.append(table[((b & 15) << 2) | (c >> 6)])
        out.append(table[c & 63])
        i += 3
    left = n - i
    if left == 1:
        a = data[i]
        out += bytes([table[a >> 2], table[(a & 3) << 4], 61, 61])
    elif left == 2:
        a, b = data[i], data[i + 1]
        out += bytes([table[a >> 2], table[((a & 3) << 4) | (b >> 4)], table[(b & 15) << 2], 61])
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _ascii_data(data)
    out = bytearray()
    rev = _B64_REV
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    n = len(data)
    if strict_mode and n > 0 and data[0] == 61:
        raise Error("Leading padding not allowed")
    i = 0
    while i < n:
        ch = data[i]
        if ch == 61:
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error("Excess padding not allowed")
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            i += 1
            continue
        v = rev[ch]
        if v >= 64:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            i += 1
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 255)
            leftchar = v & 15
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 255)
            leftchar = v & 3
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 255)
            leftchar = 0
        i += 1
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _data(data)
    if sep is None:
        return bytes(data).hex().encode("ascii")
    return bytes(data).hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _ascii_data(hexstr)
    if len(s) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(s), 2):
        hi = _HEX.find(chr(s[i]).lower())
        lo = _HEX.find(chr(s[i + 1]).lower())
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(hi * 16 + lo)
    return bytes(out)


a2b_hex = unhexlify

_crc_table = None


def _crc_entries():
    # The reflected CRC-32 table, made on the first crc32 call (2048 steps that
    # `import base64` should not pay for). Built aside and then published, so a thread
    # switch in the middle never lets another thread see half a table.
    global _crc_table
    table = _crc_table
    if table is None:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
            table.append(c)
        _crc_table = table
    return table


def crc32(data, value=0):
    crc = ~value & 0xFFFFFFFF
    table = _crc_entries()
    for b in _data(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
