def percent_ok(fmt):
    """True when fmt holds at least one complete %(name)<conversion> field."""
    at = fmt.find('%(')
    while at >= 0:
        if _percent_field_end(fmt, at + 2) > 0:
            return True
        at = fmt.find('%(', at + 1)
    return False


def check_braces(fmt):
    """Raise ValueError (logging's wording) unless fmt is a usable str.format template."""
    try:
        named = _scan_braces(fmt)
    except ValueError as problem:
        raise ValueError('invalid format: %s' % problem)
    if not named:
        raise ValueError('invalid format: no fields')


def check_dollars(fmt):
    """Raise ValueError (logging's wording) unless fmt is a usable string.Template."""
    named = 0
    at = fmt.find('$')
    while at >= 0:
        after = at + 1
        if fmt[after:after + 1] == '$':
            at = fmt.find('$', after + 1)
            continue
        braced = fmt[after:after + 1] == '{'
        start = after + 1 if braced else after
        stop = _ascii_name_end(fmt, start)
        if stop > start and (not braced or fmt[stop:stop + 1] == '}'):
            named += 1
            at = fmt.find('$', stop)
            continue
        raise ValueError("invalid format: bare '$' not allowed")
    if not named:
        raise ValueError('invalid format: no fields')


# logging validates with regular expressions; these scanners accept exactly the strings those
# expressions accept, without importing re (a Formatter is often made at program start).
# `$` in those expressions also matches before one final newline, hence the _chomp calls.

_PERCENT_KINDS = 'diouxefgcrsa%DIOUXEFGCRSA'
_SPEC_KINDS = 'bcdefgnosx%BCDEFGNOSX'


def _is_word(ch):
    return ch == '_' or ch.isalnum()


def _word_end(text, at):
    while at < len(text) and _is_word(text[at]):
        at += 1
    return at


def _digits_end(text, at):
    while at < len(text) and text[at].isdecimal():
        at += 1
    return at


def _ascii_name_end(text, at):
    # string.Template's identifiers are ASCII: a letter or underscore, then alphanumerics too.
    first = True
    while at < len(text):
        ch = text[at]
        if not (ch == '_' or ('a' <= ch.lower() <= 'z') or (not first and '0' <= ch <= '9')):
            break
        first = False
        at += 1
    return at


def _chomp(text):
    return text[:-1] if text.endswith('\n') else text


def _percent_field_end(fmt, at):
    # Past "%(": a name, ")", flags, width, precision, then the conversion letter.
    name_end = _word_end(fmt, at)
    if name_end == at or fmt[name_end:name_end + 1] != ')':
        return -1
    pos = name_end + 1
    while pos < len(fmt) and fmt[pos] in '#0+ -':
        pos += 1
    pos = pos + 1 if fmt[pos:pos + 1] == '*' else _digits_end(fmt, pos)
    if fmt[pos:pos + 1] == '.':
        if fmt[pos + 1:pos + 2] == '*':
            pos += 2
        elif _digits_end(fmt, pos + 1) > pos + 1:
            pos = _digits_end(fmt, pos + 1)
    if pos < len(fmt) and fmt[pos] in _PERCENT_KINDS:
        return pos + 1
    return -1


def _field_name_ok(name):
    # A word, then any number of ".word" and "[anything but ]]" parts.
    name = _chomp(name)
    pos = _word_end(name, 0)
    if pos == 0:
        return False
    while pos < len(name):
        if name[pos] == '.':
            nxt = _word_end(name, pos + 1)
            if nxt == pos + 1:
                return False
            pos = nxt
        elif name[pos] == '[':
            close = name.find(']', pos + 1)
            if close <= pos + 1:
                return False
            pos = close + 1
        else:
            return False
    return True


def _nested_or_digits_end(spec, at):
    if spec[at:at + 1] == '{':
        inner = _word_end(spec, at + 1)
        if inner > at + 1 and spec[inner:inner + 1] == '}':
            return inner + 1
        return at
    return _digits_end(spec, at)


def _spec_ok(spec):
    # [[fill]align][sign][#][0][width][,|_][.precision][type], widths may be {name}.
    spec = _chomp(spec)
    if len(spec) > 1 and spec[1] in '<>=^' and spec[0] != '\n':
        pos = 2
    elif spec[:1] and spec[0] in '<>=^':
        pos = 1
    else:
        pos = 0
    for optional in ('+ -', '#', '0'):
        if spec[pos:pos + 1] and spec[pos] in optional:
            pos += 1
    pos = _nested_or_digits_end(spec, pos)
    if spec[pos:pos + 1] in (',', '_'):
        pos += 1
    if spec[pos:pos + 1] == '.':
        precision_end = _nested_or_digits_end(spec, pos + 1)
        if precision_end > pos + 1:
            pos = precision_end
    if spec[pos:pos + 1] and spec[pos] in _SPEC_KINDS:
        pos += 1
    return pos == len(spec)


def _check_field(name, conversion, spec):
    if name and not _field_name_ok(name):
        raise ValueError('invalid field name/expression: %r' % name)
    if conversion and conversion not in 'rsa':
        raise ValueError('invalid conversion: %r' % conversion)
    if spec and not _spec_ok(spec):
        raise ValueError('bad specifier: %r' % spec)
    return 1 if name else 0


def _scan_braces(fmt):
    # str.format's own parser (Objects/stringlib/unicode_format.h, MarkupIterator), with its
    # messages; each field is checked as soon as it is read, as logging checks them while
    # iterating string.Formatter().parse. Returns how many fields have a name.
    named = 0
    pos = 0
    end = len(fmt)
    while pos < end:
        ch = fmt[pos]
        pos += 1
        if ch != '{' and ch != '}':
            continue
        twin = pos < end and fmt[pos] == ch
        if ch == '}' and not twin:
            raise ValueError("Single '}' encountered in format string")
        if ch == '{' and pos >= end:
            raise ValueError("Single '{' encountered in format string")
        if twin:
            pos += 1
            continue
        name_start = pos
        stop = None
        while pos < end:
            ch = fmt[pos]
            pos += 1
            if ch == '{':
                raise ValueError("unexpected '{' in field name")
            if ch == '[':
                close = fmt.find(']', pos)
                pos = end if close < 0 else close
            elif ch in '}:!':
                stop = ch
                break
        if stop is None:
            raise ValueError("expected '}' before end of string")
        name = fmt[name_start:pos - 1]
        conversion = None
        if stop == '!':
            if pos >= end:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = fmt[pos]
            pos += 1
            if pos < end:
                stop = fmt[pos]
                pos += 1
                if stop != '}' and stop != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if stop != '}':
            spec_start = pos
            depth = 1
            while pos < end and depth:
                if fmt[pos] == '{':
                    depth += 1
                elif fmt[pos] == '}':
                    depth -= 1
                pos += 1
            if depth:
                raise ValueError("unmatched '{' in format spec")
            spec = fmt[spec_start:pos - 1]
        named += _check_field(name, conversion, spec)
    return named
