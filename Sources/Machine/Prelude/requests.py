import _vweb
import json as _json

# requests (the third-party library) on the simulated web (_vweb.py): get/post/Session with the
# Response attributes crawlers use; every URL reaches a virtual server inside the run, with a
# latency and page size fixed by the URL. Nothing reaches the host's network.

__version__ = '2.31.0 (simulated)'


class RequestException(OSError):
    pass


class HTTPError(RequestException):
    def __init__(self, *args, response=None):
        super().__init__(*args)
        self.response = response


class ConnectionError(RequestException):
    pass


class Timeout(RequestException):
    pass


class ConnectTimeout(ConnectionError, Timeout):
    pass


class ReadTimeout(Timeout):
    pass


class InvalidURL(RequestException, ValueError):
    pass


class MissingSchema(RequestException, ValueError):
    pass


class _Exceptions:
    pass


exceptions = _Exceptions()
for _cls in (RequestException, HTTPError, ConnectionError, Timeout, ConnectTimeout, ReadTimeout,
             InvalidURL, MissingSchema):
    setattr(exceptions, _cls.__name__, _cls)


class Response:
    """An HTTP response: status_code, text, content, json(), raise_for_status()."""

    def __init__(self, url, status, reason, headers, body):
        self.url = url
        self.status_code = status
        self.reason = reason
        self.headers = headers
        self.content = body
        self.encoding = 'utf-8'

    @property
    def text(self):
        return self.content.decode(self.encoding, 'replace')

    @property
    def ok(self):
        return self.status_code < 400

    def json(self):
        return _json.loads(self.text)

    def raise_for_status(self):
        if 400 <= self.status_code < 500:
            raise HTTPError('%d Client Error: %s for url: %s' % (self.status_code, self.reason, self.url), response=self)
        if 500 <= self.status_code < 600:
            raise HTTPError('%d Server Error: %s for url: %s' % (self.status_code, self.reason, self.url), response=self)

    def __repr__(self):
        return '<Response [%d]>' % self.status_code

    def __bool__(self):
        return self.ok

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def _url(url, params):
    if params:
        query = '&'.join('%s=%s' % (k, v) for k, v in (params.items() if hasattr(params, 'items') else params))
        url += ('&' if '?' in url else '?') + query
    return url


def request(method, url, params=None, data=None, json=None, headers=None, timeout=None, **kwargs):
    url = _url(url, params)
    if '://' not in url:
        raise MissingSchema("Invalid URL '%s': No scheme supplied. Perhaps you meant https://%s?" % (url, url))
    body = b''
    if json is not None:
        body = _json.dumps(json).encode()
    elif isinstance(data, dict):
        body = '&'.join('%s=%s' % (k, v) for k, v in data.items()).encode()
    elif isinstance(data, str):
        body = data.encode()
    elif data is not None:
        body = data
    if isinstance(timeout, tuple):
        timeout = sum(t for t in timeout if t is not None)
    try:
        status, reason, hdrs, content = _vweb.fetch(method.upper(), url, body, headers, timeout)
    except ValueError as e:
        raise InvalidURL(str(e))
    except TimeoutError:
        raise ReadTimeout("HTTPConnectionPool: Read timed out. (read timeout=%s)" % timeout)
    return Response(url, status, reason, hdrs, content)


def get(url, params=None, **kwargs):
    return request('GET', url, params=params, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('POST', url, data=data, json=json, **kwargs)


def head(url, **kwargs):
    return request('HEAD', url, **kwargs)


class Session:
    """A session: shared headers; get/post like the module's functions."""

    def __init__(self):
        self.headers = {'User-Agent': 'python-requests/2.31.0'}

    def request(self, method, url, **kwargs):
        headers = dict(self.headers)
        headers.update(kwargs.pop('headers', None) or {})
        return request(method, url, headers=headers, **kwargs)

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
