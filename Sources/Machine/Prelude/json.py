# json, written for the tutor from the module's documentation with python3 3.11 as the oracle.
# Where python3 answers from its C accelerator (_json), that answer is the one reproduced:
# error messages and positions, the one-shot encoder's float message, chunk boundaries of
# iterencode. The reader is a hand-written recursive descent over the text; str.find does the
# long scans, so a document costs little more than one pass of the interpreter per token.

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the failure in the document."""

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos)
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - line_start
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.pos, self.lineno, self.colno = pos, lineno, colno
        self.msg, self.doc = msg, doc

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


# MARK: - reading

_BLANK = ' \t\n\r'
_HEXDIGITS = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}
_NAMED_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


def _named_constant(name):
    return _NAMED_CONSTANTS[name]


def _skip_blank(text, at):
    n = len(text)
    while at < n and text[at] in _BLANK:
        at += 1
    return at


def _first_control(text, start, stop):
    """Index of the first character below U+0020 in text[start:stop], or -1."""
    if text[start:stop].isprintable():
        return -1
    for k in range(start, stop):
        if text[k] < ' ':
            return k
    return -1


class _Reader:
    """One configured parser: the hooks of a JSONDecoder, fixed when the decoder is made
    (as _json's scanner reads them once)."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.pairs_hook = decoder.object_pairs_hook
        self.make_float = decoder.parse_float
        self.make_int = decoder.parse_int
        self.make_constant = decoder.parse_constant

    def value(self, text, at):
        """Decode the value starting exactly at `at`; returns (value, index after it)."""
        if at >= len(text):
            raise JSONDecodeError('Expecting value', text, at)
        c = text[at]
        if c == '"':
            return self.string(text, at + 1)
        if '0' <= c <= '9':
            return self.number(text, at)
        if c == '{':
            return self.mapping(text, at + 1)
        if c == '[':
            return self.sequence(text, at + 1)
        if c == 'n' and text.startswith('null', at):
            return None, at + 4
        if c == 't' and text.startswith('true', at):
            return True, at + 4
        if c == 'f' and text.startswith('false', at):
            return False, at + 5
        if c == 'N' and text.startswith('NaN', at):
            return self.make_constant('NaN'), at + 3
        if c == 'I' and text.startswith('Infinity', at):
            return self.make_constant('Infinity'), at + 8
        if c == '-' and text.startswith('-Infinity', at):
            return self.make_constant('-Infinity'), at + 9
        return self.number(text, at)

    def number(self, text, at):
        # JSON's grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
        # A fraction or exponent without digits is not part of the number: "1." reads 1
        # and leaves "." as extra data, as _json does.
        n = len(text)
        k = at
        if k < n and text[k] == '-':
            k += 1
        if k < n and '1' <= text[k] <= '9':
            k += 1
            while k < n and '0' <= text[k] <= '9':
                k += 1
        elif k < n and text[k] == '0':
            k += 1
        else:
            raise JSONDecodeError('Expecting value', text, at)
        is_float = False
        if k + 1 < n and text[k] == '.' and '0' <= text[k + 1] <= '9':
            k += 2
            while k < n and '0' <= text[k] <= '9':
                k += 1
            is_float = True
        if k < n and text[k] in 'eE':
            e = k + 1
            if e < n and text[e] in '+-':
                e += 1
            digits_from = e
            while e < n and '0' <= text[e] <= '9':
                e += 1
            if e > digits_from:
                k = e
                is_float = True
        literal = text[at:k]
        if is_float:
            return self.make_float(literal), k
        return self.make_int(literal), k

    def string(self, text, at):
        """Decode a string whose opening quote is at at - 1."""
        quote = text.find('"', at)
        if quote >= 0:
            # Most strings have no escapes and no control characters: one slice.
            whole = text[at:quote]
            if '\\' not in whole and (whole.isprintable() or not self.strict):
                return whole, quote + 1
        opened = at - 1
        n = len(text)
        pieces = []
        while True:
            if 0 <= quote < at:
                # The quote found before was an escaped one.
                quote = text.find('"', at)
            slash = text.find('\\', at, quote if quote >= 0 else n)
            stop = slash if slash >= 0 else (quote if quote >= 0 else n)
            if self.strict:
                bad = _first_control(text, at, stop)
                if bad >= 0:
                    raise JSONDecodeError('Invalid control character at', text, bad)
            if stop == n:
                raise JSONDecodeError('Unterminated string starting at', text, opened)
            pieces.append(text[at:stop])
            if stop == quote:
                break
            # A backslash at stop: one escape, then carry on after it.
            if stop + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', text, opened)
            kind = text[stop + 1]
            if kind != 'u':
                plain = _SIMPLE_ESCAPES.get(kind)
                if plain is None:
                    raise JSONDecodeError('Invalid \\escape', text, stop)
                pieces.append(plain)
                at = stop + 2
                continue
            code = _hex4(text, stop + 1)
            at = stop + 6
            if 0xD800 <= code <= 0xDBFF and text.startswith('\\u', at):
                low = _hex4(text, at + 1)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    at += 6
            pieces.append(_char(code))
        if len(pieces) == 1:
            return pieces[0], quote + 1
        return ''.join(pieces), quote + 1

    def mapping(self, text, at):
        """Decode an object whose '{' is at at - 1."""
        n = len(text)
        pairs = []
        at = _skip_blank(text, at)
        if at < n and text[at] == '}':
            return self.finish_object(pairs), at + 1
        while True:
            if at >= n or text[at] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', text, at)
            key, at = self.string(text, at + 1)
            at = _skip_blank(text, at)
            if at >= n or text[at] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", text, at)
            item, at = self.value(text, _skip_blank(text, at + 1))
            pairs.append((key, item))
            at = _skip_blank(text, at)
            if at < n and text[at] == '}':
                return self.finish_object(pairs), at + 1
            if at >= n or text[at] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", text, at)
            at = _skip_blank(text, at + 1)

    def finish_object(self, pairs):
        if self.pairs_hook is not None:
            return self.pairs_hook(pairs)
        made = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(made)
        return made

    def sequence(self, text, at):
        """Decode an array whose '[' is at at - 1."""
        n = len(text)
        items = []
        at = _skip_blank(text, at)
        if at < n and text[at] == ']':
            return items, at + 1
        while True:
            item, at = self.value(text, at)
            items.append(item)
            at = _skip_blank(text, at)
            if at < n and text[at] == ']':
                return items, at + 1
            if at >= n or text[at] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", text, at)
            at = _skip_blank(text, at + 1)


def _hex4(text, u_at):
    """The code unit of the \\uXXXX escape whose 'u' is at u_at. _json wants one more
    character after the four digits (the string cannot end there), and reports the 'u'."""
    digits = text[u_at + 1:u_at + 5]
    if u_at + 5 >= len(text) or len(digits) != 4:
        raise JSONDecodeError('Invalid \\uXXXX escape', text, u_at)
    for d in digits:
        if d not in _HEXDIGITS:
            raise JSONDecodeError('Invalid \\uXXXX escape', text, u_at)
    return int(digits, 16)


def _char(code):
    # The engine's str holds Unicode scalar values only, so a lone surrogate escape (which
    # python3 keeps as is) becomes U+FFFD here (Docs/STDLIB.md, json).
    if 0xD800 <= code <= 0xDFFF:
        return '\ufffd'
    return chr(code)


class JSONDecoder(object):
    """Decodes JSON text into Python objects (object -> dict, array -> list, ...)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _named_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self._reader = _Reader(self)

    def decode(self, s):
        """Return the Python value of the whole JSON document s (surrounding blanks allowed)."""
        if not isinstance(s, str):
            # python3 fails in the blank-skipping regular expression first; its words.
            if isinstance(s, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
        obj, end = self.raw_decode(s, _skip_blank(s, 0))
        end = _skip_blank(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one value starting at s[idx]; return it and the index where it ended."""
        if not isinstance(s, str):
            raise TypeError('first argument must be a string, not ' + type(s).__name__)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        return self._reader.value(s, idx)


# MARK: - writing

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
                  '\b': '\\b', '\f': '\\f'}


def _escaped(c):
    # Characters JSON cannot hold literally (quote, backslash, controls), and with
    # ensure_ascii everything outside printable ASCII, as \uXXXX (surrogate pairs above
    # the BMP, as python3 writes them).
    short = _SHORT_ESCAPES.get(c)
    if short is not None:
        return short
    code = ord(c)
    if code > 0xFFFF:
        code -= 0x10000
        return '\\u%04x\\u%04x' % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF))
    return '\\u%04x' % code


def _quote_ascii(s):
    """s as a JSON string literal with only printable ASCII inside."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    for c in s:
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            out.append(c)
        else:
            out.append(_escaped(c))
    return '"' + ''.join(out) + '"'


def _quote(s):
    """s as a JSON string literal, non-ASCII characters kept as they are."""
    if '"' not in s and '\\' not in s and _first_control(s, 0, len(s)) < 0:
        return '"' + s + '"'
    out = []
    for c in s:
        if c < ' ' or c == '"' or c == '\\':
            out.append(_escaped(c))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def _enum_value(o):
    """The int or str inside an IntEnum, IntFlag or StrEnum member, else None. CPython's
    members are int and str instances, which json writes as such; the engine's hold their
    value instead (Docs/STDLIB.md, enum)."""
    if getattr(type(o), '_member_type_', None) in (int, str):
        value = getattr(o, '_value_', None)
        if isinstance(value, (int, str)):
            return value
    return None


class _Writer:
    """One encoding pass: appends the chunks that python3's iterencode would yield to
    `chunks`, so list(iterencode(...)) splits where CPython's does."""

    def __init__(self, encoder, one_shot):
        self.encoder = encoder
        self.quote = _quote_ascii if encoder.ensure_ascii else _quote
        self.seen = {} if encoder.check_circular else None
        self.one_shot = one_shot
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.chunks = []

    def float_text(self, x):
        if type(x) is not float:
            x = float.__float__(x)
        if x != x:
            text = 'NaN'
        elif x == _INF:
            text = 'Infinity'
        elif x == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(x)
        if not self.encoder.allow_nan:
            # The C encoder (one-shot, no indent) leaves the value out of its message.
            if self.one_shot and self.indent is None:
                raise ValueError('Out of range float values are not JSON compliant')
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(x))
        return text

    def scalar(self, o):
        """The text of a str, None, bool, int or float, else None."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            # int's own spelling, also for a subclass that redefines __repr__.
            return repr(o if type(o) is int else int.__index__(o))
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def enter(self, o):
        if self.seen is not None:
            key = id(o)
            if key in self.seen:
                raise ValueError('Circular reference detected')
            self.seen[key] = o

    def leave(self, o):
        if self.seen is not None:
            del self.seen[id(o)]

    def any(self, o, depth):
        text = self.scalar(o)
        if text is not None:
            self.chunks.append(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, depth)
        elif isinstance(o, dict):
            self.object(o, depth)
        else:
            self.fallback(o, depth)

    def fallback(self, o, depth):
        plain = _enum_value(o)
        if plain is not None:
            self.chunks.append(self.scalar(plain))
            return
        self.enter(o)
        self.any(self.encoder.default(o), depth)
        self.leave(o)

    def newline(self, depth):
        return '\n' + self.indent * depth

    def array(self, items, depth):
        if not items:
            self.chunks.append('[]')
            return
        self.enter(items)
        separator = self.encoder.item_separator
        opening = '['
        if self.indent is not None:
            depth += 1
            separator += self.newline(depth)
            opening += self.newline(depth)
        before = opening
        for item in items:
            text = self.scalar(item)
            if text is not None:
                self.chunks.append(before + text)
            else:
                self.chunks.append(before)
                self.any(item, depth)
            before = separator
        if self.indent is not None:
            depth -= 1
            self.chunks.append(self.newline(depth))
        self.chunks.append(']')
        self.leave(items)

    def key_text(self, key):
        if isinstance(key, str):
            return self.quote(key)
        # Other scalars become strings spelled as their JSON values ("1", "true", "null").
        if key is None or isinstance(key, (int, float)):
            return '"' + self.scalar(key) + '"'
        plain = _enum_value(key)
        if plain is not None:
            return self.key_text(plain)
        if self.encoder.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not ' + type(key).__name__)

    def object(self, d, depth):
        if not d:
            self.chunks.append('{}')
            return
        self.enter(d)
        self.chunks.append('{')
        separator = self.encoder.item_separator
        if self.indent is not None:
            depth += 1
            separator += self.newline(depth)
            self.chunks.append(self.newline(depth))
        pairs = d.items()
        if self.encoder.sort_keys:
            pairs = sorted(pairs)
        colon = self.encoder.key_separator
        first = True
        for key, value in pairs:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                self.chunks.append(separator)
            first = False
            self.chunks.append(key)
            self.chunks.append(colon)
            self.any(value, depth)
        if self.indent is not None:
            depth -= 1
            self.chunks.append(self.newline(depth))
        self.chunks.append('}')
        self.leave(d)


_INF = float('inf')


class JSONEncoder(object):
    """Encodes Python values as JSON text; subclass and override default() for other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.indent = indent
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan
        self.check_circular = check_circular
        self.ensure_ascii = ensure_ascii
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for a value json cannot encode; return an encodable stand-in or raise."""
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        """Return the JSON text of o."""
        if isinstance(o, str):
            return _quote_ascii(o) if self.ensure_ascii else _quote(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of o in pieces (for writing to a stream as it is made)."""
        writer = _Writer(self, _one_shot)
        writer.any(o, 0)
        if _one_shot:
            return writer.chunks
        return iter(writer.chunks)


# MARK: - module functions

_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                 default, sort_keys, kw):
    plain = (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
             and indent is None and separators is None and default is None and not sort_keys
             and not kw)
    if plain:
        return _plain_encoder
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                check_circular=check_circular, allow_nan=allow_nan,
                                indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    return _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                        separators, default, sort_keys, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to the file-like fp (anything with a write(str) method)."""
    encoder = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                           separators, default, sort_keys, kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def detect_encoding(b):
    """Name the codec of JSON bytes: UTF-8, -16 or -32, by BOM or by where the NULs of the
    first (ASCII) characters fall."""
    head = bytes(b[:4])
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if head.startswith(b'\xff\xfe\x00\x00') or head.startswith(b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if head.startswith(b'\xff\xfe') or head.startswith(b'\xfe\xff'):
        return 'utf-16'
    # Without a BOM the first character is ASCII, so its zero bytes give the width and order.
    if len(head) >= 2 and head[0] == 0:
        return 'utf-32-be' if head[1] == 0 else 'utf-16-be'
    if len(head) >= 2 and head[1] == 0:
        return 'utf-32-le' if len(head) >= 4 and head[2] == 0 and head[3] == 0 else 'utf-16-le'
    return 'utf-8'


def _units_text(data, width, order):
    # The engine has no UTF-16/32 codecs; JSON bytes in them are rare, so they are decoded
    # here: code units, surrogate pairs joined.
    out = []
    high = 0
    for k in range(0, len(data) - width + 1, width):
        unit = int.from_bytes(data[k:k + width], order)
        if 0xD800 <= unit <= 0xDBFF:
            high = unit
            continue
        if high and 0xDC00 <= unit <= 0xDFFF:
            unit = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
        elif high:
            out.append('\ufffd')
        high = 0
        out.append(chr(unit) if not 0xD800 <= unit <= 0xDFFF else '\ufffd')
    return ''.join(out)


def _bytes_text(b):
    codec = detect_encoding(b)
    data = bytes(b)
    if codec == 'utf-8':
        return data.decode('utf-8')
    if codec == 'utf-8-sig':
        return data[3:].decode('utf-8')
    width = 4 if codec.startswith('utf-32') else 2
    if codec.endswith('-le'):
        return _units_text(data, width, 'little')
    if codec.endswith('-be'):
        return _units_text(data, width, 'big')
    order = 'little' if data[0] == 0xFF else 'big'
    return _units_text(data[width:], width, order)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = _bytes_text(s)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not '
                        + type(s).__name__)
    if (cls is None and object_hook is None and parse_float is None and parse_int is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _plain_decoder.decode(s)
    for name, hook in (('object_hook', object_hook), ('parse_float', parse_float),
                       ('parse_int', parse_int), ('parse_constant', parse_constant),
                       ('object_pairs_hook', object_pairs_hook)):
        if hook is not None:
            kw[name] = hook
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (anything with a read() method)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
