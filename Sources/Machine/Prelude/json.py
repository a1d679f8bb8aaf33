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
            if self.closed(']'):
                return out
    def closed(self, close):
        # After an item: True at the closing bracket, False after a comma.
        self.ws()
        if self.i >= len(self.s):
            self.fail("Expecting ',' delimiter")
        c = self.s[self.i]
        self.i += 1
        if c == close:
            return True
        if c != ',':
            self.i -= 1
            self.fail("Expecting ',' delimiter")
        return False
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
            if self.closed('}'):
                return out

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
