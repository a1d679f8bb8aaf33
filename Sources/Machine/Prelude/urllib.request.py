import _vweb
import urllib.error

# urllib.request on the simulated web (_vweb.py): every http(s) URL reaches a virtual server
# inside the run, with a latency and page size fixed by the URL; nothing reaches the host.


class Request:
    """A request: URL, data (makes it a POST), headers, method."""

    def __init__(self, url, data=None, headers=None, method=None):
        self.full_url = url
        self.data = data
        self.headers = dict(headers or {})
        self.method = method

    def get_method(self):
        return self.method or ('POST' if self.data is not None else 'GET')

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def get_full_url(self):
        return self.full_url


class HTTPResponse:
    """What urlopen returns: read(), status, headers, as http.client.HTTPResponse."""

    def __init__(self, url, status, reason, headers, body):
        self.url = url
        self.status = status
        self.reason = reason
        self.headers = headers
        self.msg = reason
        self._body = body
        self._pos = 0
        self.closed = False

    def read(self, amt=-1):
        end = len(self._body) if amt is None or amt < 0 else self._pos + amt
        data = self._body[self._pos:end]
        self._pos += len(data)
        return data

    def readline(self):
        end = self._body.find(b'\n', self._pos) + 1 or len(self._body)
        data = self._body[self._pos:end]
        self._pos = end
        return data

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def getheader(self, name, default=None):
        return self.headers.get(name, default)

    def getheaders(self):
        return list(self.headers.items())

    def info(self):
        return self.headers

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line


def urlopen(url, data=None, timeout=None, **kwargs):
    req = url if isinstance(url, Request) else Request(url, data)
    if data is not None:
        req.data = data
    try:
        status, reason, headers, body = _vweb.fetch(req.get_method(), req.full_url, req.data or b'',
                                                    req.headers, timeout)
    except TimeoutError as e:
        raise urllib.error.URLError(e)
    response = HTTPResponse(req.full_url, status, reason, headers, body)
    if status >= 400:
        # Built in two steps: the engine passes an OSError subclass's constructor only its
        # first two arguments (errno, strerror) when given five.
        err = urllib.error.HTTPError(req.full_url, status)
        err.__init__(req.full_url, status, reason, headers, response)
        raise err
    return response
