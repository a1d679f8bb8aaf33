import _sre

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
           "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

_MAXSIZE = 9223372036854775807


class RegexFlag:
    """The `re` flags: ints that print as `re.IGNORECASE|re.MULTILINE` (an IntFlag in CPython)."""
    __slots__ = ("_value_",)
    # Definition order, which is the order repr lists them in.
    _names = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
              ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128))

    def __init__(self, value=0):
        self._value_ = int(value)

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        if self._value_ == 0:
            return "NOFLAG"
        parts = [n for n, v in RegexFlag._names if self._value_ & v]
        return "|".join(parts) if parts else None

    def __repr__(self):
        v = self._value_
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for n, bit in RegexFlag._names:
            if v & bit:
                parts.append("re." + n)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == (other._value_ if type(other) is RegexFlag else other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __bool__(self):
        return self._value_ != 0

    def __or__(self, other):
        return RegexFlag(self._value_ | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(self._value_ & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        return RegexFlag(self._value_ ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(511 & ~self._value_)

    def __contains__(self, other):
        o = int(other)
        return self._value_ & o == o

    def __add__(self, other):
        return self._value_ + int(other)

    __radd__ = __add__


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"
PatternError = error


class _GroupIndex:
    """`Pattern.groupindex`: a read-only view of name -> group number (a mappingproxy)."""
    __slots__ = ("_d",)

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def items(self):
        return self._d.items()

    def values(self):
        return self._d.values()

    def __eq__(self, other):
        return self._d == (other._d if type(other) is _GroupIndex else other)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)


_flag_names = ((1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
               (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII"))


class Pattern:
    """A compiled regular expression (`re.compile`)."""

    def __init__(self, pattern, flags, compiled):
        self.pattern = pattern
        self.flags = compiled[0]
        self.groups = compiled[1]
        self._flags = flags
        self._names = {}
        index = {}
        # Group number or name -> index of its start in a match's span tuple.
        self._slots = {g: 2 * g + 1 for g in range(self.groups + 1)}
        for name, gid in compiled[2]:
            index[name] = gid
            self._names[gid] = name
            self._slots[name] = 2 * gid + 1
        self.groupindex = _GroupIndex(index)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return "re.compile(%s)" % text
        parts = []
        for bit, name in _flag_names:
            if flags & bit:
                parts.append(name)
                flags &= ~bit
        if flags:
            parts.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(parts))

    def __eq__(self, other):
        if type(other) is not Pattern:
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _one(self, string, pos, endpos, mode):
        t = _sre.match(self.pattern, self._flags, string, pos, endpos, mode)
        if t is None:
            return None
        return Match(self, string, pos, endpos, t)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        for t in _sre.scan(self.pattern, self._flags, string, pos, endpos, 0):
            yield Match(self, string, pos, endpos, t)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        found = _sre.scan(self.pattern, self._flags, string, pos, endpos, 0)
        if type(string) is bytearray:
            string = bytes(string)   # _sre's pieces of a bytes-like are bytes
        n = self.groups
        if n == 0:
            return [string[t[1]:t[2]] for t in found]
        empty = string[:0]
        if n == 1:
            return [string[t[3]:t[4]] if t[3] >= 0 else empty for t in found]
        out = []
        for t in found:
            out.append(tuple([string[t[k]:t[k + 1]] if t[k] >= 0 else empty for k in range(3, 2 * n + 3, 2)]))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        return _sre.split(self.pattern, self._flags, string, maxsplit)

    def subn(self, repl, string, count=0):
        if count < 0:
            return string, 0
        if callable(repl):
            fn = repl
        else:
            # CPython's test: a str or bytes-like with no backslash is a literal.
            if type(repl) is str and "\\" not in repl or type(repl) in (bytes, bytearray) and b"\\" not in repl:
                return _sre.sub(self.pattern, self._flags, string, repl, count)
            template = _compile_repl(repl, self)
            if not template[0] and len(template[1]) <= 1:
                # A literal replacement: the whole substitution is native, as in CPython.
                literal = template[1][0] if template[1] else repl[:0]
                return _sre.sub(self.pattern, self._flags, string, literal, count)
            fn = None
        pieces = []
        last = 0
        n = 0
        for t in _sre.scan(self.pattern, self._flags, string, 0, _MAXSIZE, count):
            pieces.append(string[last:t[1]])
            if fn is not None:
                r = fn(Match(self, string, 0, _MAXSIZE, t))
                if r:
                    pieces.append(r)
            else:
                pieces.append(_expand_template(template, Match(self, string, 0, _MAXSIZE, t)))
            last = t[2]
            n += 1
        if n == 0 and type(string) in (str, bytes):
            return string, 0
        pieces.append(string[last:])
        # CPython joins with a str or bytes: a bytearray gives bytes.
        return ("" if isinstance(string, str) else b"").join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


class _Scanner:
    """`Pattern.scanner`: match and search calls that continue where the last one ended."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        p = self.pattern
        found = _sre.scan(p.pattern, p._flags, self._string, self._pos, self._endpos, 1) if mode == 2 else None
        if mode != 2:
            t = _sre.match(p.pattern, p._flags, self._string, self._pos, self._endpos, 0)
            found = [t] if t is not None else []
        if not found:
            self._done = True
            return None
        t = found[0]
        self._pos = t[2] if t[2] > t[1] else t[2] + 1
        return Match(p, self._string, 0, self._endpos, t)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Match:
    """The result of a successful match: spans of the whole match and of each group."""

    def __init__(self, pattern, string, pos, endpos, t):
        self.re = pattern
        self.string = string
        self._pos = pos
        self._endpos = endpos
        self._t = t

    @property
    def pos(self):
        n = len(self.string)
        return 0 if self._pos < 0 else (n if self._pos > n else self._pos)

    @property
    def endpos(self):
        n = len(self.string)
        return 0 if self._endpos < 0 else (n if self._endpos > n else self._endpos)

    @property
    def lastindex(self):
        i = self._t[0]
        return i if i > 0 else None

    @property
    def lastgroup(self):
        i = self._t[0]
        return self.re._names.get(i) if i > 0 else None

    @property
    def regs(self):
        t = self._t
        return tuple([(t[k], t[k + 1]) for k in range(1, len(t), 2)])

    def _index(self, g):
        if type(g) is int:
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, (str, bytes)):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(g, "__index__"):
            return self._index(g.__index__())
        raise IndexError("no such group")

    def _get(self, g, default=None):
        k = self.re._slots.get(g) if type(g) is str or type(g) is int else None
        if k is None:
            k = 2 * self._index(g) + 1
        s = self._t[k]
        if s < 0:
            return default
        piece = self.string[s:self._t[k + 1]]
        return piece if type(piece) is not bytearray else bytes(piece)

    def group(self, *args):
        if not args:
            piece = self.string[self._t[1]:self._t[2]]
            return piece if type(piece) is not bytearray else bytes(piece)
        if len(args) == 1:
            return self._get(args[0])
        return tuple([self._get(g) for g in args])

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(gid, default) for name, gid in self.re.groupindex.items()}

    def start(self, group=0):
        return self._t[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._t[2 * self._index(group) + 2]

    def span(self, group=0):
        k = 2 * self._index(group) + 1
        return (self._t[k], self._t[k + 1])

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._t[1], self._t[2], self.group())


def _compile(pattern, flags):
    if type(flags) is not int:
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = _sre.compile(pattern, flags)
    if type(compiled[0]) is str:
        msg, pos = compiled
        if pos == -1:
            raise OverflowError(msg)
        if pos == -2:
            raise ValueError(msg)
        if pos == -3:
            raise error(msg)
        if pos == -4:
            raise RecursionError(msg)
        raise error(msg, pattern, pos)
    p = Pattern(pattern, flags, compiled)
    if not flags & 128:
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


_cache = {}
_MAXCACHE = 512
_repl_cache = {}


def _compile_repl(repl, pattern):
    key = (type(repl), repl, pattern.pattern, pattern.flags)
    t = _repl_cache.get(key)
    if t is None:
        if len(_repl_cache) >= _MAXCACHE:
            _repl_cache.clear()
        t = _repl_cache[key] = _parse_template(repl, pattern)
    return t


def _parse_template(source, pattern):
    """(groups, literals) for a replacement template, as `re._parser.parse_template`."""
    t = _sre.template(pattern.pattern, pattern._flags, source)
    if type(t[0]) is str:
        if t[0] == "index":
            raise IndexError(t[1])
        raise error(t[1], source, t[2])
    return t


def _expand_template(template, match):
    groups, literals = template
    empty = match.string[:0]
    literals = literals[:]
    for index, group in groups:
        literals[index] = match.group(group) or empty
    return empty.join(literals)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string: a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string: a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string for a match of the pattern: a Match object, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with the leftmost non-overlapping matches replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new_string, number of substitutions made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split string by the matches of pattern, with the text of its groups."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches: strings, or tuples of groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()
    _repl_cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern (deprecated)."""
    return _compile(pattern, int(flags) | 1)


_special_chars = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape the special characters in a string."""
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _special_chars else c for c in pattern])
    text = str(pattern, "latin1")
    return "".join(["\\" + c if c in _special_chars else c for c in text]).encode("latin1")
