class error(Exception):
    pass

_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
           'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
        'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}

def _parse(fmt):
    order = '@'
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        fmt = fmt[1:]
    native = order == '@'
    little = order in '<' or (order in '@=')
    sizes = _NATIVE if native else _STD
    items = []
    count = ''
    for ch in fmt:
        if ch.isspace():
            continue
        if ch.isdigit():
            count += ch
            continue
        if ch not in sizes:
            raise error('bad char in struct format')
        n = int(count) if count else 1
        count = ''
        items.append((ch, n, sizes[ch]))
    return native, little, items

def calcsize(fmt):
    native, little, items = _parse(fmt)
    size = 0
    for ch, n, sz in items:
        if native and ch not in 'sxpc' and size % sz:
            size += sz - size % sz
        size += n * sz if ch not in 's' else n
        if ch == 's':
            pass
    return size

def _int_bytes(v, sz, signed, little, ch):
    if not isinstance(v, int):
        raise error('required argument is not an integer')
    lo, hi = (-(1 << (8 * sz - 1)), (1 << (8 * sz - 1)) - 1) if signed else (0, (1 << (8 * sz)) - 1)
    if not lo <= v <= hi:
        if ch in 'bB':
            raise error(f"{'byte' if ch == 'b' else 'ubyte'} format requires {lo} <= number <= {hi}")
        if ch in 'hH':
            raise error(f"{'short' if ch == 'h' else 'ushort'} format requires {lo} <= number <= {hi}")
        raise error(f"'{ch}' format requires {lo} <= number <= {hi}")
    if v < 0:
        v += 1 << (8 * sz)
    out = [(v >> (8 * k)) & 0xff for k in range(sz)]
    if not little:
        out.reverse()
    return bytes(out)

def pack(fmt, *args):
    native, little, items = _parse(fmt)
    out = b''
    ai = 0
    need = sum(1 if ch == 's' else n for ch, n, sz in items if ch != 'x')
    if need != len(args):
        raise error(f'pack expected {need} items for packing (got {len(args)})')
    for ch, n, sz in items:
        if native and ch not in 'sxpc' and len(out) % sz:
            out += b'\x00' * (sz - len(out) % sz)
        if ch == 's':
            v = args[ai]
            ai += 1
            out += v[:n] + b'\x00' * (n - len(v[:n]))
            continue
        for _ in range(n):
            if ch == 'x':
                out += b'\x00'
                continue
            v = args[ai]
            ai += 1
            if ch in 'fde':
                b = _float_bytes(float(v), sz)
                out += b if little else b[::-1]
            elif ch == '?':
                out += b'\x01' if v else b'\x00'
            elif ch == 'c':
                out += v
            else:
                out += _int_bytes(v, sz, ch in 'bhilqn', little, ch)
    return out

def unpack(fmt, buffer):
    size = calcsize(fmt)
    if len(buffer) != size:
        raise error(f'unpack requires a buffer of {size} bytes')
    return _unpack(fmt, buffer, 0)

def unpack_from(fmt, buffer, offset=0):
    return _unpack(fmt, buffer, offset)

def iter_unpack(fmt, buffer):
    size = calcsize(fmt)
    for off in range(0, len(buffer), size):
        yield _unpack(fmt, buffer, off)

def _unpack(fmt, buffer, pos):
    native, little, items = _parse(fmt)
    out = []
    start = pos
    for ch, n, sz in items:
        if native and ch not in 'sxpc' and (pos - start) % sz:
            pos += sz - (pos - start) % sz
        if ch == 's':
            out.append(bytes(buffer[pos:pos + n]))
            pos += n
            continue
        for _ in range(n):
            chunk = buffer[pos:pos + sz]
            pos += sz
            if ch == 'x':
                continue
            if not little:
                chunk = chunk[::-1]
            if ch in 'fde':
                out.append(_bytes_float(bytes(chunk)))
            elif ch == '?':
                out.append(chunk[0] != 0)
            elif ch == 'c':
                out.append(bytes(chunk))
            else:
                v = 0
                for k in range(sz):
                    v |= chunk[k] << (8 * k)
                if ch in 'bhilqn' and v >= 1 << (8 * sz - 1):
                    v -= 1 << (8 * sz)
                out.append(v)
    return tuple(out)
