import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Print `object` laid out over lines of at most `width` columns, then a newline."""
    PrettyPrinter(indent=indent, width=width, depth=depth, stream=stream, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The text pprint would print for `object`, without the final newline."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint that keeps dicts in insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _flat_facts(object):
    # (one-line text, readable, recursive) as a printer with the default options sees them.
    return PrettyPrinter()._flat(object, {}, None, 0)


def saferepr(object):
    """A one-line repr that shows cycles as <Recursion on ...> instead of failing."""
    return _flat_facts(object)[0]


def isreadable(object):
    """Whether saferepr's text could be read back by eval."""
    return _flat_facts(object)[1]


def isrecursive(object):
    """Whether the object contains itself."""
    return _flat_facts(object)[2]


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _Ordered:
    """Sort key for keys and set members of mixed types: their own `<` when it exists, else
    the type's name (then identity), so unorderable mixes still print in a stable order."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = str(type(self.value))
            theirs = str(type(other.value))
            if mine != theirs:
                return mine < theirs
            return id(self.value) < id(other.value)


def _by_key(pair):
    return _Ordered(pair[0])


def _words_and_blanks(line):
    """The line cut after each run of blanks: every piece is non-blanks, then blanks."""
    pieces = []
    start = 0
    n = len(line)
    while start < n:
        stop = start
        while stop < n and not line[stop].isspace():
            stop += 1
        while stop < n and line[stop].isspace():
            stop += 1
        pieces.append(line[start:stop])
        start = stop
    return pieces


def _bytes_pieces(data, room, allowance):
    """Reprs of consecutive slices of `data`, four bytes at a time, each fitting `room`."""
    pieces = []
    current = b''
    final_step = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        quad = data[start:start + 4]
        if start == final_step:
            room -= allowance
        if len(repr(current + quad)) > room:
            if current:
                pieces.append(repr(current))
            current = quad
        else:
            current = current + quad
    if current:
        pieces.append(repr(current))
    return pieces


# Types whose repr pprint takes as is, without looking inside.
_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))


def _repr_home(cls, table):
    """The entry of `table` for the class whose __repr__ `cls` uses, or None."""
    for klass in cls.__mro__:
        hit = table.get(klass)
        if hit is not None:
            return hit
        if '__repr__' in klass.__dict__:
            return None
    return None


def _is_generated_dataclass(object):
    # Only a dataclass whose repr is the generated one is laid out field by field; the
    # dataclasses prelude marks that repr.
    cls = type(object)
    if isinstance(object, type) or not hasattr(cls, '__dataclass_fields__'):
        return False
    return getattr(cls.__repr__, '_dataclass_repr', False) is True


def _whole_when_empty(layout):
    # An empty container is shown by its repr whatever the width: there is nothing to lay out.
    def guarded(self, object, out, indent, allowance, context, level):
        if len(object):
            layout(self, object, out, indent, allowance, context, level)
        else:
            out.append(repr(object))
    return guarded


class PrettyPrinter:
    """Formats Python values over several lines when their repr does not fit the width."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        # Both go through int() first, so a float or numeric string is accepted.
        self._step = int(indent)
        self._columns = int(width)
        if self._step < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if self._columns == 0:
            raise ValueError('width must be != 0')
        self._levels = depth
        self._compact = bool(compact)
        self._sorted = sort_dicts
        self._underscores = underscore_numbers
        # The default stream is the sys.stdout of the moment the printer is made.
        self._stream = _sys.stdout if stream is None else stream

    # -- public entry points ------------------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object))
            self._stream.write("\n")

    def pformat(self, object):
        out = []
        self._emit(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr text, readable, recursive) of `object` on one line; subclasses may override."""
        return self._flat(object, context, maxlevels, level)

    # -- choosing between one line and a layout ------------------------------------------

    def _emit(self, object, out, indent, allowance, context, level):
        # `allowance` is the room kept at the end of the last line for the closing brackets
        # and commas of the enclosing containers.
        if id(object) in context:
            out.append(_recursion(object))
            return
        text = self._one_line(object, context, level)
        if len(text) > self._columns - indent - allowance:
            layout = _repr_home(type(object), _layouts())
            if layout is None and _is_generated_dataclass(object):
                layout = PrettyPrinter._lay_dataclass
            if layout is not None:
                context[id(object)] = 1
                layout(self, object, out, indent, allowance, context, level + 1)
                del context[id(object)]
                return
        out.append(text)

    def _one_line(self, object, context, level):
        return self.format(object, context.copy(), self._levels, level)[0]

    def _flat(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        kind = _FLAT_KINDS.get(cls)
        if kind is None:
            kind = _repr_home(cls, _FLAT_KINDS)
        if kind is None:
            text = repr(object)
            return text, (text and not text.startswith('<')), False
        if kind == 'int':
            return (f"{object:_d}" if self._underscores else repr(object)), True, False
        if kind == 'dict':
            opening, closing = '{', '}'
        elif kind == 'list':
            opening, closing = '[', ']'
        else:
            opening, closing = '(', ',)' if len(object) == 1 else ')'
        if not object:
            return opening + closing, True, False
        if maxlevels and level >= maxlevels:
            return opening + '...' + closing, False, id(object) in context
        if id(object) in context:
            return _recursion(object), False, True
        context[id(object)] = 1
        level += 1
        readable = True
        recursive = False
        parts = []
        if kind == 'dict':
            pairs = sorted(object.items(), key=_by_key) if self._sorted else object.items()
            for key, value in pairs:
                ktext, kread, krec = self.format(key, context, maxlevels, level)
                vtext, vread, vrec = self.format(value, context, maxlevels, level)
                parts.append(ktext + ': ' + vtext)
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
        else:
            for item in object:
                text, read, rec = self.format(item, context, maxlevels, level)
                parts.append(text)
                if not read:
                    readable = False
                if rec:
                    recursive = True
        del context[id(object)]
        return opening + ', '.join(parts) + closing, readable, recursive

    # -- shared pieces of the layouts ----------------------------------------------------

    def _items_block(self, items, out, indent, allowance, context, level):
        """Items one per line, or with compact=True as many per line as fit."""
        indent += self._step
        if self._step > 1:
            out.append(' ' * (self._step - 1))
        newline = ',\n' + ' ' * indent
        items = list(items)
        final = len(items) - 1
        # Room on a fresh line, counting the ', ' after each item (the last one's comma is
        # the +1).
        fresh = self._columns - indent + 1
        room = fresh
        sep = ''
        for i, item in enumerate(items):
            if i == final:
                fresh -= allowance
                room -= allowance
            if self._compact:
                text = self._one_line(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = fresh
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    out.append(sep)
                    out.append(text)
                    sep = ', '
                    continue
            out.append(sep)
            sep = newline
            self._emit(item, out, indent, allowance if i == final else 1, context, level)

    def _pairs_block(self, pairs, out, indent, allowance, context, level):
        """`key: value` lines of a mapping, each value indented past its key."""
        indent += self._step
        newline = ',\n' + ' ' * indent
        pairs = list(pairs)
        final = len(pairs) - 1
        for i, (key, value) in enumerate(pairs):
            text = self._one_line(key, context, level)
            out.append(text)
            out.append(': ')
            self._emit(value, out, indent + len(text) + 2, allowance if i == final else 1,
                       context, level)
            if i != final:
                out.append(newline)

    def _keywords_block(self, pairs, out, indent, allowance, context, level):
        """`name=value` lines, as a namespace or a dataclass shows its attributes."""
        newline = ',\n' + ' ' * indent
        final = len(pairs) - 1
        for i, (name, value) in enumerate(pairs):
            out.append(name + '=')
            if id(value) in context:
                # A value that contains this object prints as '...', as the one-line repr of
                # a recursive dataclass does.
                out.append('...')
            else:
                self._emit(value, out, indent + len(name) + 1, allowance if i == final else 1,
                           context, level)
            if i != final:
                out.append(newline)

    # -- the layouts, one per kind of value -------------------------------------------------

    def _lay_dict(self, object, out, indent, allowance, context, level):
        out.append('{')
        if self._step > 1:
            out.append(' ' * (self._step - 1))
        if len(object):
            pairs = sorted(object.items(), key=_by_key) if self._sorted else object.items()
            self._pairs_block(pairs, out, indent, allowance + 1, context, level)
        out.append('}')

    def _lay_list(self, object, out, indent, allowance, context, level):
        out.append('[')
        self._items_block(object, out, indent, allowance + 1, context, level)
        out.append(']')

    def _lay_tuple(self, object, out, indent, allowance, context, level):
        closing = ',)' if len(object) == 1 else ')'
        out.append('(')
        self._items_block(object, out, indent, allowance + len(closing), context, level)
        out.append(closing)

    @_whole_when_empty
    def _lay_set(self, object, out, indent, allowance, context, level):
        if type(object) is set:
            out.append('{')
            closing = '}'
        else:
            name = type(object).__name__
            out.append(name + '({')
            closing = '})'
            indent += len(name) + 1
        members = sorted(object, key=_Ordered)
        self._items_block(members, out, indent, allowance + len(closing), context, level)
        out.append(closing)

    @_whole_when_empty
    def _lay_str(self, object, out, indent, allowance, context, level):
        # A string printed on its own is wrapped in parentheses, so the output still reads
        # back as one string; inside a container the implicit concatenation needs none.
        alone = level == 1
        if alone:
            indent += 1
            allowance += 1
        room = self._columns - indent
        lines = object.splitlines(True)
        last_line = len(lines) - 1
        pieces = []
        for i, line in enumerate(lines):
            keep = allowance if i == last_line else 0
            whole = repr(line)
            if len(whole) <= room - keep:
                pieces.append(whole)
                continue
            words = _words_and_blanks(line)
            last_word = len(words) - 1
            current = ''
            for j, word in enumerate(words):
                limit = room - keep if j == last_word else room
                if len(repr(current + word)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            out.append(pieces[0])
            return
        self._stack_pieces(pieces, out, indent, alone)

    def _stack_pieces(self, pieces, out, indent, parens):
        if parens:
            out.append('(')
        out.append(('\n' + ' ' * indent).join(pieces))
        if parens:
            out.append(')')

    def _lay_bytes(self, object, out, indent, allowance, context, level):
        if len(object) <= 4:
            out.append(repr(object))
            return
        alone = level == 1
        if alone:
            indent += 1
            allowance += 1
        # Unlike a string, bytes on their own keep the parentheses even around one piece.
        self._stack_pieces(_bytes_pieces(object, self._columns - indent, allowance), out, indent, alone)

    def _lay_bytearray(self, object, out, indent, allowance, context, level):
        out.append('bytearray(')
        self._lay_bytes(bytes(object), out, indent + 10, allowance + 1, context, level + 1)
        out.append(')')

    def _lay_mappingproxy(self, object, out, indent, allowance, context, level):
        out.append('mappingproxy(')
        self._emit(object.copy(), out, indent + 13, allowance + 1, context, level)
        out.append(')')

    def _lay_namespace(self, object, out, indent, allowance, context, level):
        types = _sys.modules['types']
        name = 'namespace' if type(object) is types.SimpleNamespace else type(object).__name__
        out.append(name + '(')
        pairs = list(object.__dict__.items())
        self._keywords_block(pairs, out, indent + len(name) + 1, allowance, context, level)
        out.append(')')

    def _lay_dataclass(self, object, out, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        out.append(name + '(')
        pairs = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        self._keywords_block(pairs, out, indent + len(name) + 1, allowance, context, level)
        out.append(')')

    @_whole_when_empty
    def _lay_ordereddict(self, object, out, indent, allowance, context, level):
        name = type(object).__name__
        out.append(name + '(')
        self._emit(list(object.items()), out, indent + len(name) + 1, allowance + 1, context, level)
        out.append(')')

    @_whole_when_empty
    def _lay_defaultdict(self, object, out, indent, allowance, context, level):
        name = type(object).__name__
        factory = self._one_line(object.default_factory, context, level)
        indent += len(name) + 1
        out.append(name + '(' + factory + ',\n' + ' ' * indent)
        self._lay_dict(object, out, indent, allowance + 1, context, level)
        out.append(')')

    @_whole_when_empty
    def _lay_counter(self, object, out, indent, allowance, context, level):
        name = type(object).__name__
        out.append(name + '({')
        if self._step > 1:
            out.append(' ' * (self._step - 1))
        self._pairs_block(object.most_common(), out, indent + len(name) + 1, allowance + 2,
                          context, level)
        out.append('})')

    def _lay_chainmap(self, object, out, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + '(')
        indent += len(name) + 1
        for i, mapping in enumerate(maps):
            if i == len(maps) - 1:
                self._emit(mapping, out, indent, allowance + 1, context, level)
                out.append(')')
            else:
                self._emit(mapping, out, indent, 1, context, level)
                out.append(',\n' + ' ' * indent)

    @_whole_when_empty
    def _lay_deque(self, object, out, indent, allowance, context, level):
        name = type(object).__name__
        indent += len(name) + 1
        out.append(name + '([')
        if object.maxlen is None:
            self._items_block(object, out, indent, allowance + 2, context, level)
            out.append('])')
            return
        self._items_block(object, out, indent, 2, context, level)
        limit = self._one_line(object.maxlen, context, level)
        out.append('],\n' + ' ' * indent + 'maxlen=' + limit + ')')

    def _lay_wrapped(self, object, out, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the value they wrap.
        self._emit(object.data, out, indent, allowance, context, level - 1)


# Which of the four flat forms a class's repr is: found by _repr_home along the MRO, so a
# subclass that keeps the built-in repr is shown like the built-in.
_FLAT_KINDS = {int: 'int', dict: 'dict', list: 'list', tuple: 'tuple'}

_BUILTIN_LAYOUTS = {
    dict: PrettyPrinter._lay_dict,
    list: PrettyPrinter._lay_list,
    tuple: PrettyPrinter._lay_tuple,
    set: PrettyPrinter._lay_set,
    frozenset: PrettyPrinter._lay_set,
    str: PrettyPrinter._lay_str,
    bytes: PrettyPrinter._lay_bytes,
    bytearray: PrettyPrinter._lay_bytearray,
}

# The layouts of collections' and types' classes join the table once those modules are
# loaded (a value of such a class cannot exist before), so importing pprint imports neither.
_layout_cache = [None, None, _BUILTIN_LAYOUTS]


def _layouts():
    collections = _sys.modules.get('collections')
    types = _sys.modules.get('types')
    if _layout_cache[0] is collections and _layout_cache[1] is types:
        return _layout_cache[2]
    table = dict(_BUILTIN_LAYOUTS)
    if collections is not None:
        for name, layout in (('OrderedDict', PrettyPrinter._lay_ordereddict),
                             ('defaultdict', PrettyPrinter._lay_defaultdict),
                             ('Counter', PrettyPrinter._lay_counter),
                             ('ChainMap', PrettyPrinter._lay_chainmap),
                             ('deque', PrettyPrinter._lay_deque),
                             ('UserDict', PrettyPrinter._lay_wrapped),
                             ('UserList', PrettyPrinter._lay_wrapped),
                             ('UserString', PrettyPrinter._lay_wrapped)):
            cls = getattr(collections, name, None)
            if cls is not None:
                table[cls] = layout
    if types is not None:
        for name, layout in (('SimpleNamespace', PrettyPrinter._lay_namespace),
                             ('MappingProxyType', PrettyPrinter._lay_mappingproxy)):
            cls = getattr(types, name, None)
            if cls is not None:
                table[cls] = layout
    _layout_cache[:] = [collections, types, table]
    return table
