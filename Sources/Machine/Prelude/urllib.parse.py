# urllib.parse, trimmed: what the crawler examples use.

_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~'


class ParseResult(tuple):
    """urlparse's result: (scheme, netloc, path, params, query, fragment)."""

    def __new__(cls, scheme, netloc, path, params, query, fragment):
        return tuple.__new__(cls, (scheme, netloc, path, params, query, fragment))

    scheme = property(lambda self: self[0])
    netloc = property(lambda self: self[1])
    path = property(lambda self: self[2])
    params = property(lambda self: self[3])
    query = property(lambda self: self[4])
    fragment = property(lambda self: self[5])

    @property
    def hostname(self):
        host = self.netloc.rpartition('@')[2].partition(':')[0]
        return host.lower() or None

    @property
    def port(self):
        port = self.netloc.rpartition('@')[2].partition(':')[2]
        return int(port) if port else None

    def geturl(self):
        return urlunparse(self)


def urlparse(url, scheme='', allow_fragments=True):
    fragment = query = params = netloc = ''
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    if '://' in url:
        scheme, url = url.split('://', 1)
        netloc, slash, rest = url.partition('/')
        url = slash + rest
    elif url.startswith('//'):
        netloc, slash, rest = url[2:].partition('/')
        url = slash + rest
    if ';' in url:
        url, params = url.split(';', 1)
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunparse(parts):
    scheme, netloc, path, params, query, fragment = parts
    url = path
    if params:
        url += ';' + params
    if netloc or scheme:
        url = '//' + netloc + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return url


def urljoin(base, url):
    if '://' in url or not base:
        return url
    b = urlparse(base)
    if url.startswith('/'):
        return urlunparse((b.scheme, b.netloc, url, '', '', ''))
    directory = b.path.rpartition('/')[0]
    return urlunparse((b.scheme, b.netloc, directory + '/' + url, '', '', ''))


def quote(string, safe='/'):
    out = []
    for b in string.encode('utf-8'):
        c = chr(b)
        out.append(c if c in _SAFE or c in safe else '%%%02X' % b)
    return ''.join(out)


def quote_plus(string, safe=''):
    return quote(string, safe + ' ').replace(' ', '+')


def unquote(string):
    data = string.encode('utf-8')
    out = []
    i = 0
    while i < len(data):
        if data[i] == 37 and i + 2 < len(data) + 0 and i + 2 <= len(data) - 1:
            out.append(int(data[i + 1:i + 3].decode(), 16))
            i += 3
        else:
            out.append(data[i])
            i += 1
    return bytes(out).decode('utf-8', 'replace')


def urlencode(query, doseq=False):
    items = query.items() if hasattr(query, 'items') else query
    return '&'.join(quote_plus(str(k)) + '=' + quote_plus(str(v)) for k, v in items)
