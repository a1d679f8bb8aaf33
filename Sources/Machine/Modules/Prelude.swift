/// Modules written in Python, compiled on first import (faster to write than natives and
/// exactly as lazy as CPython's pure-Python versions).
enum Prelude {
    static let sources: [String: String] = [
        "functools": functools,
        "itertools": itertools,
        "math": math,
        "random": random,
        "collections": collections,
        "errno": errno,
        "json": json,
        "struct": structModule,
    ]

    static let structModule = #"""
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
"""#

    static let errno = #"""
EPERM = 1
ENOENT = 2
EINTR = 4
EBADF = 9
EAGAIN = 11
EWOULDBLOCK = 11
EACCES = 13
EEXIST = 17
EINVAL = 22
EPIPE = 32
EINPROGRESS = 115
ECONNRESET = 104
ECONNREFUSED = 111
ECONNABORTED = 103
ETIMEDOUT = 110
EADDRINUSE = 98
"""#

    static let json = #"""
class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\b':
            out.append('\\b')
        elif ch == '\f':
            out.append('\\f')
        elif ord(ch) < 0x20 or (ensure_ascii and ord(ch) > 0x7e):
            n = ord(ch)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u{0:04x}'.format(n))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)

def _float_repr(f):
    if f != f:
        return 'NaN'
    if f == float('inf'):
        return 'Infinity'
    if f == -float('inf'):
        return '-Infinity'
    return repr(f)

def _key(k):
    if isinstance(k, str):
        return k
    if k is True:
        return 'true'
    if k is False:
        return 'false'
    if k is None:
        return 'null'
    if isinstance(k, float):
        return _float_repr(k)
    if isinstance(k, int):
        return str(k)
    raise TypeError(f'keys must be str, int, float, bool or None, not {type(k).__name__}')

def _encode(o, ensure_ascii, indent, separators, sort_keys, level):
    item_sep, key_sep = separators
    if o is None:
        return 'null'
    if o is True:
        return 'true'
    if o is False:
        return 'false'
    if isinstance(o, str):
        return _encode_str(o, ensure_ascii)
    if isinstance(o, float):
        return _float_repr(o)
    if isinstance(o, int):
        return str(o)
    if isinstance(o, (list, tuple)):
        if not o:
            return '[]'
        parts = [_encode(v, ensure_ascii, indent, separators, sort_keys, level + 1) for v in o]
        if indent is None:
            return '[' + item_sep.join(parts) + ']'
        pad = '\n' + ' ' * (indent * (level + 1))
        return '[' + pad + (item_sep.rstrip() + pad).join(parts) + '\n' + ' ' * (indent * level) + ']'
    if isinstance(o, dict):
        if not o:
            return '{}'
        items = [(_key(k), v) for k, v in o.items()]
        if sort_keys:
            items.sort(key=lambda kv: kv[0])
        parts = [_encode_str(k, ensure_ascii) + key_sep + _encode(v, ensure_ascii, indent, separators, sort_keys, level + 1) for k, v in items]
        if indent is None:
            return '{' + item_sep.join(parts) + '}'
        pad = '\n' + ' ' * (indent * (level + 1))
        return '{' + pad + (item_sep.rstrip() + pad).join(parts) + '\n' + ' ' * (indent * level) + '}'
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False):
    if separators is None:
        separators = (', ', ': ') if indent is None else (',', ': ')
    if isinstance(indent, int):
        pass
    return _encode(obj, ensure_ascii, indent, separators, sort_keys, 0)

def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))

class _Parser:
    def __init__(self, s):
        self.s = s
        self.i = 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \t\n\r':
            self.i += 1
    def fail(self, msg):
        raise JSONDecodeError(msg, self.s, self.i)
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.fail('Expecting value')
        c = self.s[self.i]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (('null', None), ('true', True), ('false', False), ('NaN', float('nan')),
                         ('Infinity', float('inf')), ('-Infinity', float('-inf'))):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def number(self):
        start = self.i
        s = self.s
        if self.i < len(s) and s[self.i] == '-':
            self.i += 1
        if self.i >= len(s) or not s[self.i].isdigit():
            self.i = start
            self.fail('Expecting value')
        while self.i < len(s) and s[self.i].isdigit():
            self.i += 1
        is_float = False
        if self.i < len(s) and s[self.i] == '.':
            is_float = True
            self.i += 1
            while self.i < len(s) and s[self.i].isdigit():
                self.i += 1
        if self.i < len(s) and s[self.i] in 'eE':
            is_float = True
            self.i += 1
            if self.i < len(s) and s[self.i] in '+-':
                self.i += 1
            while self.i < len(s) and s[self.i].isdigit():
                self.i += 1
        text = s[start:self.i]
        return float(text) if is_float else int(text)
    def string(self):
        self.i += 1
        out = []
        s = self.s
        while True:
            if self.i >= len(s):
                self.fail('Unterminated string starting at')
            c = s[self.i]
            if c == '"':
                self.i += 1
                return ''.join(out)
            if c == '\\':
                e = s[self.i + 1]
                if e == 'u':
                    n = int(s[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xd800 <= n < 0xdc00 and s[self.i:self.i + 2] == '\\u':
                        m = int(s[self.i + 2:self.i + 6], 16)
                        n = 0x10000 + ((n - 0xd800) << 10) + (m - 0xdc00)
                        self.i += 6
                    out.append(chr(n))
                    continue
                out.append({'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', '/': '/', '\\': '\\', '"': '"'}[e])
                self.i += 2
                continue
            out.append(c)
            self.i += 1
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.i < len(self.s) and self.s[self.i] == ']':
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            if self.i >= len(self.s):
                self.fail("Expecting ',' delimiter")
            c = self.s[self.i]
            self.i += 1
            if c == ']':
                return out
            if c != ',':
                self.i -= 1
                self.fail("Expecting ',' delimiter")
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.i < len(self.s) and self.s[self.i] == '}':
            self.i += 1
            return out
        while True:
            self.ws()
            if self.i >= len(self.s) or self.s[self.i] != '"':
                self.fail('Expecting property name enclosed in double quotes')
            k = self.string()
            self.ws()
            if self.i >= len(self.s) or self.s[self.i] != ':':
                self.fail("Expecting ':' delimiter")
            self.i += 1
            out[k] = self.value()
            self.ws()
            if self.i >= len(self.s):
                self.fail("Expecting ',' delimiter")
            c = self.s[self.i]
            self.i += 1
            if c == '}':
                return out
            if c != ',':
                self.i -= 1
                self.fail("Expecting ',' delimiter")

def loads(s, **kw):
    if isinstance(s, bytes):
        s = s.decode()
    p = _Parser(s)
    v = p.value()
    p.ws()
    if p.i != len(s):
        p.fail('Extra data')
    return v

def load(fp, **kw):
    return loads(fp.read(), **kw)
"""#

    static let collections = #"""
class deque:
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)
    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            del self._items[0]
    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            del self._items[-1]
    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()
    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)
    def extend(self, iterable):
        for x in iterable:
            self.append(x)
    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)
    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]
    def clear(self):
        self._items.clear()
    def count(self, x):
        return self._items.count(x)
    def index(self, x, *args):
        return self._items.index(x, *args)
    def remove(self, x):
        self._items.remove(x)
    def insert(self, i, x):
        self._items.insert(i, x)
    def reverse(self):
        self._items.reverse()
    def copy(self):
        return deque(self._items, self.maxlen)
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __iter__(self):
        return iter(self._items)
    def __reversed__(self):
        return reversed(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __contains__(self, x):
        return x in self._items
    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items
    def __add__(self, other):
        return deque(self._items + other._items, self.maxlen)
    def __repr__(self):
        if self.maxlen is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self.maxlen})"

class defaultdict(dict):
    pass

class _Mapping:
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __contains__(self, k):
        return k in self._d
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __eq__(self, other):
        if isinstance(other, _Mapping):
            return self._d == other._d
        return self._d == other
    def keys(self):
        return self._d.keys()
    def values(self):
        return self._d.values()
    def items(self):
        return self._d.items()
    def get(self, k, default=None):
        return self._d.get(k, default)
    def pop(self, k, *default):
        return self._d.pop(k, *default)
    def setdefault(self, k, default=None):
        return self._d.setdefault(k, default)
    def clear(self):
        self._d.clear()
    def copy(self):
        c = self.__class__.__new__(self.__class__)
        c.__dict__.update(self.__dict__)
        c._d = dict(self._d)
        return c

class defaultdict(_Mapping):
    def __init__(self, default_factory=None, *args, **kwargs):
        _Mapping.__init__(self)
        self.default_factory = default_factory
        self._d.update(*args, **kwargs)
    def __getitem__(self, k):
        if k in self._d:
            return self._d[k]
        return self.__missing__(k)
    def __missing__(self, k):
        if self.default_factory is None:
            raise KeyError(k)
        v = self.default_factory()
        self._d[k] = v
        return v
    def update(self, *args, **kwargs):
        self._d.update(*args, **kwargs)
    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {self._d!r})"

class Counter(_Mapping):
    def __init__(self, iterable=None, **kwds):
        _Mapping.__init__(self)
        self.update(iterable, **kwds)
    def __getitem__(self, k):
        return self._d.get(k, 0)
    def __missing__(self, k):
        return 0
    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) + v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) + 1
        for k, v in kwds.items():
            self._d[k] = self._d.get(k, 0) + v
    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) - v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) - 1
        for k, v in kwds.items():
            self._d[k] = self._d.get(k, 0) - v
    def total(self):
        return sum(self._d.values())
    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]
    def elements(self):
        for k, v in self._d.items():
            for _ in range(v):
                yield k
    def __add__(self, other):
        r = Counter()
        for k in list(self._d) + [k for k in other._d if k not in self._d]:
            v = self[k] + other[k]
            if v > 0:
                r._d[k] = v
        return r
    def __sub__(self, other):
        r = Counter()
        for k in self._d:
            v = self[k] - other[k]
            if v > 0:
                r._d[k] = v
        return r
    def __pos__(self):
        r = Counter()
        for k, v in self._d.items():
            if v > 0:
                r._d[k] = v
        return r
    def __repr__(self):
        if not self._d:
            return "Counter()"
        return "Counter({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common()) + "})"

class OrderedDict(_Mapping):
    def __init__(self, *args, **kwargs):
        _Mapping.__init__(self)
        self._d.update(*args, **kwargs)
    def update(self, *args, **kwargs):
        self._d.update(*args, **kwargs)
    def move_to_end(self, key, last=True):
        v = self._d.pop(key)
        if last:
            self._d[key] = v
        else:
            items = list(self._d.items())
            self._d.clear()
            self._d[key] = v
            self._d.update(items)
    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        key = list(self._d)[-1 if last else 0]
        return key, self._d.pop(key)
    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return f"OrderedDict({list(self._d.items())!r})"

def namedtuple(typename, field_names, *, defaults=None, rename=False, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults else ()
    class _NT(tuple):
        _fields = fields
        def __init__(self, *args, **kwargs):
            values = list(args)
            if len(values) > len(fields):
                raise TypeError(f"{typename}.__new__() takes {len(fields) + 1} positional arguments but {len(values) + 1} were given")
            for name in fields[len(values):]:
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif len(fields) - len(values) <= len(defaults):
                    values.append(defaults[len(defaults) - (len(fields) - len(values))])
                else:
                    missing = [n for n in fields[len(values):] if n not in kwargs]
                    names = " and ".join(repr(n) for n in missing) if len(missing) <= 2 else ", ".join(repr(n) for n in missing[:-1]) + ", and " + repr(missing[-1])
                    raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: {names}")
            object.__setattr__(self, "_values", tuple(values))
        def __getattr__(self, name):
            if name in fields:
                return self._values[fields.index(name)]
            raise AttributeError(f"'{typename}' object has no attribute '{name}'")
        def __setattr__(self, name, value):
            raise AttributeError("can't set attribute")
        def __getitem__(self, i):
            return self._values[i]
        def __iter__(self):
            return iter(self._values)
        def __len__(self):
            return len(self._values)
        def __eq__(self, other):
            if isinstance(other, _NT):
                return self._values == other._values
            return self._values == other
        def __lt__(self, other):
            return self._values < tuple(other)
        def __gt__(self, other):
            return self._values > tuple(other)
        def __hash__(self):
            return hash(self._values)
        def __repr__(self):
            return typename + "(" + ", ".join(f"{n}={v!r}" for n, v in zip(fields, self._values)) + ")"
        def _asdict(self):
            return dict(zip(fields, self._values))
        def _replace(self, **kwargs):
            return _NT(*[kwargs.get(n, v) for n, v in zip(fields, self._values)])
        @classmethod
        def _make(cls, iterable):
            return cls(*iterable)
    _NT.__name__ = typename
    _NT.__qualname__ = typename
    _NT.__doc__ = f"{typename}({', '.join(fields)})"
    return _NT
"""#

    static let math = #"""
def comb(n, k):
    if k < 0 or k > n:
        return 0
    r = 1
    for i in range(min(k, n - k)):
        r = r * (n - i) // (i + 1)
    return r

def perm(n, k=None):
    if k is None:
        k = n
    if k < 0 or k > n:
        return 0
    r = 1
    for i in range(k):
        r *= n - i
    return r

def prod(iterable, *, start=1):
    r = start
    for x in iterable:
        r = r * x
    return r

def lcm(*integers):
    r = 1
    for x in integers:
        if x == 0:
            return 0
        r = abs(r * x) // gcd(r, x)
    return r
"""#

    static let random = #"""
def randrange(start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    width = stop - start
    if step == 1:
        if width <= 0:
            raise ValueError(f"empty range for randrange() ({start}, {stop}, {width})")
        return start + int(random() * width)
    n = (width + step - 1) // step if step > 0 else (width + step + 1) // step
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return start + step * int(random() * n)

def randint(a, b):
    return randrange(a, b + 1)

def choice(seq):
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[int(random() * len(seq))]

def shuffle(x):
    for i in reversed(range(1, len(x))):
        j = int(random() * (i + 1))
        x[i], x[j] = x[j], x[i]

def sample(population, k):
    pool = list(population)
    if k < 0 or k > len(pool):
        raise ValueError("Sample larger than population or is negative")
    result = []
    for i in range(k):
        j = int(random() * (len(pool) - i)) + i
        pool[i], pool[j] = pool[j], pool[i]
        result.append(pool[i])
    return result

def uniform(a, b):
    return a + (b - a) * random()

def choices(population, weights=None, *, k=1):
    if weights is None:
        return [population[int(random() * len(population))] for _ in range(k)]
    total = sum(weights)
    out = []
    for _ in range(k):
        r = random() * total
        acc = 0
        for p, w in zip(population, weights):
            acc += w
            if r < acc:
                out.append(p)
                break
        else:
            out.append(population[-1])
    return out

def gauss(mu=0.0, sigma=1.0):
    import math
    u1 = 1.0 - random()
    u2 = random()
    return mu + sigma * math.sqrt(-2.0 * math.log(u1)) * math.cos(2 * math.pi * u2)
"""#

    static let functools = #"""
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=('__dict__',)):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    wrapper.__dict__.update(wrapped.__dict__)
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=('__dict__',)):
    def decorating_function(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating_function

def reduce(function, sequence, *initial):
    it = iter(sequence)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value

class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"

def lru_cache(maxsize=128, typed=False):
    if callable(maxsize):
        return lru_cache(128)(maxsize)
    def decorating_function(user_function):
        memo = {}
        hits = [0, 0]
        def wrapper(*args, **kwds):
            key = args
            if kwds:
                key = args + (object,) + tuple(sorted(kwds.items()))
            if key in memo:
                hits[0] += 1
                return memo[key]
            hits[1] += 1
            result = user_function(*args, **kwds)
            memo[key] = result
            return result
        def cache_clear():
            memo.clear()
            hits[0] = hits[1] = 0
        def cache_info():
            return f"CacheInfo(hits={hits[0]}, misses={hits[1]}, maxsize={maxsize}, currsize={len(memo)})"
        wrapper.cache_clear = cache_clear
        wrapper.cache_info = cache_info
        return update_wrapper(wrapper, user_function)
    return decorating_function

def cache(user_function):
    return lru_cache(None)(user_function)

def total_ordering(cls):
    d = cls.__dict__
    if '__lt__' in d:
        if '__le__' not in d:
            cls.__le__ = lambda self, other: self < other or self == other
        if '__gt__' not in d:
            cls.__gt__ = lambda self, other: not (self < other or self == other)
        if '__ge__' not in d:
            cls.__ge__ = lambda self, other: not (self < other)
    elif '__le__' in d:
        if '__lt__' not in d:
            cls.__lt__ = lambda self, other: self <= other and not self == other
        if '__gt__' not in d:
            cls.__gt__ = lambda self, other: not (self <= other)
        if '__ge__' not in d:
            cls.__ge__ = lambda self, other: not (self <= other) or self == other
    elif '__gt__' in d:
        if '__lt__' not in d:
            cls.__lt__ = lambda self, other: not (self > other or self == other)
        if '__ge__' not in d:
            cls.__ge__ = lambda self, other: self > other or self == other
        if '__le__' not in d:
            cls.__le__ = lambda self, other: not (self > other)
    elif '__ge__' in d:
        if '__le__' not in d:
            cls.__le__ = lambda self, other: not (self >= other) or self == other
        if '__gt__' not in d:
            cls.__gt__ = lambda self, other: self >= other and not self == other
        if '__lt__' not in d:
            cls.__lt__ = lambda self, other: not (self >= other)
    return cls

def cmp_to_key(mycmp):
    class K(object):
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K
"""#

    static let itertools = #"""
class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step
    def __iter__(self):
        return self
    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n
    def __repr__(self):
        if self._step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"

class repeat:
    def __init__(self, obj, times=None):
        self._obj = obj
        self._times = times
    def __iter__(self):
        return self
    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj
    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"

def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    it = iter(iterable)
    i = 0
    nexti = start
    if stop is not None and stop <= start:
        for _ in zip(range(stop), it):
            pass
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and (i >= stop or nexti >= stop):
            return

class chain:
    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = None
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._its))
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = None
    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._its = iter(iterables)
        return c

def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element

def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total

def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)

def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return

def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)

def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    items = list(iterable)
    i = 0
    while i < len(items):
        k = keyfunc(items[i])
        group = [items[i]]
        i += 1
        while i < len(items) and keyfunc(items[i]) == k:
            group.append(items[i])
            i += 1
        yield k, iter(group)

def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break

def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x

def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)

def starmap(function, iterable):
    for args in iterable:
        yield function(*args)

def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(items) for _ in range(n))

def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
"""#
}
