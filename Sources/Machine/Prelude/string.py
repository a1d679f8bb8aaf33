whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

def capwords(s, sep=None):
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))

def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')

def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')

class Template:
    delimiter = '$'
    idpattern = None
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _value(self, mapping, name, safe, text):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return str(mapping[name])

    def _scan(self, mapping, safe):
        # Template's regular expression, written as a scanner: $$, $name, ${name}, else invalid.
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and s[k] == '{':
                e = k + 1
                if e < n and _is_ident_start(s[e]):
                    e += 1
                    while e < n and _is_ident_char(s[e]):
                        e += 1
                    if e < n and s[e] == '}':
                        name = s[k + 1:e]
                        out.append(self._value(mapping, name, safe, s[j:e + 1]))
                        i = e + 1
                        continue
            elif k < n and _is_ident_start(s[k]):
                e = k + 1
                while e < n and _is_ident_char(s[e]):
                    e += 1
                name = s[k:e]
                out.append(self._value(mapping, name, safe, s[j:e]))
                i = e
                continue
            if safe:
                out.append(d)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_mapping(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_mapping(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        class _Names:
            def __getitem__(self, name):
                if name not in ids:
                    ids.append(name)
                raise KeyError(name)
        self._scan(_Names(), True)
        return ids

    def is_valid(self):
        try:
            self._scan({}, False)
        except ValueError:
            return False
        except KeyError:
            return True
        return True

def _mapping(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _Chain(kws, mapping)
    return mapping

class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second
    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
