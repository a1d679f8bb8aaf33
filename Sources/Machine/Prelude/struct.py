class error(Exception):
    pass

# Lib/struct.py (Modules/_struct.c) 3.11: every format character, the byte orders with native
# sizes and alignment ('@') or standard sizes ('=', '<', '>', '!'), Struct objects. Floats are
# converted by natives (Modules/Modules.swift: struct:_float_bytes, struct:_bytes_float).

_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
           'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
        'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = 'bhilqn'
_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_cache = {}


def _parse(fmt):
    """(native, little, items, size): items are (char, count, size, offset)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not " + type(fmt).__name__)
    hit = _cache.get(fmt)
    if hit is not None:
        return hit
    order = '@'
    body = fmt
    if body and body[0] in '@=<>!':
        order = body[0]
        body = body[1:]
    native = order == '@'
    little = order in '<@='
    sizes = _NATIVE if native else _STD
    items = []
    count = ''
    size = 0
    for ch in body:
        if ch.isspace():
            if count:
                raise error('bad char in struct format')
            continue
        if ch.isdigit():
            count += ch
            continue
        if ch not in sizes:
            raise error('bad char in struct format')
        n = int(count) if count else 1
        count = ''
        sz = sizes[ch]
        if native and ch not in 'sxpc' and size % sz:
            size += sz - size % sz
        items.append((ch, n, sz, size))
        size += n * sz
    if count:
        raise error('repeat count given without format specifier')
    result = (native, little, items, size)
    _cache[fmt] = result
    return result


def calcsize(format):
    return _parse(format)[3]


def _count(items):
    return sum(1 if ch in 'sp' else n for ch, n, sz, off in items if ch != 'x')


def _int_bytes(v, sz, ch, little, native):
    if not isinstance(v, int):
        if hasattr(v, '__index__'):
            v = v.__index__()
        else:
            raise error('required argument is not an integer')
    signed = ch in _SIGNED
    lo, hi = (-(1 << (8 * sz - 1)), (1 << (8 * sz - 1)) - 1) if signed else (0, (1 << (8 * sz)) - 1)
    if not lo <= v <= hi:
        # _struct.c: 'b'/'B' always and native 'h'/'H' name the C type; 8-byte formats and
        # negative unsigned values fail in the conversion to a C integer first.
        if ch in 'bB' or (native and ch in 'hH'):
            raise error(f'{_NAMES[ch]} format requires {lo} <= number <= {hi}')
        if sz == 8 or (not signed and v < 0):
            raise error('argument out of range')
        raise error(f"'{ch}' format requires {lo} <= number <= {hi}")
    if v < 0:
        v += 1 << (8 * sz)
    out = bytes((v >> (8 * k)) & 0xff for k in range(sz))
    return out if little else out[::-1]


def _pack(items, native, little, args):
    out = []
    ai = 0
    pos = 0
    for ch, n, sz, off in items:
        if off > pos:
            out.append(b'\x00' * (off - pos))
            pos = off
        if ch in 'sp':
            v = args[ai]
            ai += 1
            if not isinstance(v, bytes):
                raise error("argument for '%s' must be a bytes object" % ch)
            if ch == 's':
                out.append(v[:n] + b'\x00' * (n - len(v[:n])))
            elif n > 0:
                data = v[:min(n - 1, 255)]
                out.append(bytes([len(data)]) + data + b'\x00' * (n - 1 - len(data)))
            pos += n
            continue
        for _ in range(n):
            pos += sz
            if ch == 'x':
                out.append(b'\x00')
                continue
            v = args[ai]
            ai += 1
            if ch in 'efd':
                if not isinstance(v, (int, float)):
                    raise error('required argument is not a float')
                b = _float_bytes(float(v), sz)
                out.append(b if little else b[::-1])
            elif ch == '?':
                out.append(b'\x01' if v else b'\x00')
            elif ch == 'c':
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                out.append(v)
            else:
                out.append(_int_bytes(v, sz, ch, little, native))
    return b''.join(out)


def pack(format, *args):
    native, little, items, size = _parse(format)
    need = _count(items)
    if need != len(args):
        raise error(f'pack expected {need} items for packing (got {len(args)})')
    return _pack(items, native, little, args)


def pack_into(format, buffer, offset, *args):
    data = pack(format, *args)
    if offset < 0:
        offset += len(buffer)
    if offset < 0 or len(buffer) - offset < len(data):
        raise error(f'pack_into requires a buffer of at least {len(data) + offset} bytes for packing {len(data)} bytes at offset {offset} (actual buffer size is {len(buffer)})')
    buffer[offset:offset + len(data)] = data


def _unpack(items, little, buffer, pos):
    out = []
    for ch, n, sz, off in items:
        p = pos + off
        if ch == 's':
            out.append(bytes(buffer[p:p + n]))
            continue
        if ch == 'p':
            k = min(buffer[p], n - 1) if n else 0
            out.append(bytes(buffer[p + 1:p + 1 + k]))
            continue
        for _ in range(n):
            chunk = bytes(buffer[p:p + sz])
            p += sz
            if ch == 'x':
                continue
            if not little:
                chunk = chunk[::-1]
            if ch in 'efd':
                out.append(_bytes_float(chunk))
            elif ch == '?':
                out.append(chunk[0] != 0)
            elif ch == 'c':
                out.append(chunk)
            else:
                v = 0
                for k in range(sz):
                    v |= chunk[k] << (8 * k)
                if ch in _SIGNED and v >= 1 << (8 * sz - 1):
                    v -= 1 << (8 * sz)
                out.append(v)
    return tuple(out)


def unpack(format, buffer):
    native, little, items, size = _parse(format)
    if len(buffer) != size:
        raise error(f'unpack requires a buffer of {size} bytes')
    return _unpack(items, little, buffer, 0)


def unpack_from(format, buffer, offset=0):
    native, little, items, size = _parse(format)
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < size:
        raise error(f'unpack_from requires a buffer of at least {size + offset} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len(buffer)})')
    return _unpack(items, little, buffer, offset)


def iter_unpack(format, buffer):
    native, little, items, size = _parse(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error(f'iterative unpacking requires a buffer of a multiple of {size} bytes')
    return (_unpack(items, little, buffer, off) for off in range(0, len(buffer), size))


class Struct:
    """A compiled format: pack, unpack, pack_into, unpack_from, iter_unpack, size."""

    def __init__(self, format):
        self._parsed = _parse(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')
        self.size = self._parsed[3]

    def pack(self, *args):
        return pack(self.format, *args)

    def pack_into(self, buffer, offset, *args):
        pack_into(self.format, buffer, offset, *args)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)
