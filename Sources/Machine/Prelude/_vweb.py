import _socket
import json as _json

# The simulated web behind urllib.request and requests: every http(s) URL reaches a virtual
# server inside the run, never the host's network. A request waits for the response (the
# "wait for data" phase, shown on the thread's lane) for a latency fixed by the URL, then copies
# the page ("copy to user"). Documented in Docs/STDLIB.md ("The simulated web").
#
#   latency: 50 ms + (FNV-1a hash of the URL mod 250) ms; a path /delay/N waits N seconds
#   page:    an HTML page of 2,000 + (hash mod 30,000) bytes naming the URL
#   /status/N answers with status N; /json with a small JSON document; /headers echoes them

REASONS = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
           400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
           418: "I'm a Teapot", 429: 'Too Many Requests', 500: 'Internal Server Error',
           502: 'Bad Gateway', 503: 'Service Unavailable'}


def _hash(text):
    h = 0xcbf29ce484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
    return h


def split(url):
    """(scheme, host, path) of an http(s) URL, or ValueError."""
    if '://' not in url:
        raise ValueError("unknown url type: '%s'" % url)
    scheme, rest = url.split('://', 1)
    if scheme not in ('http', 'https'):
        raise ValueError("unknown url type: '%s'" % scheme)
    host, _, path = rest.partition('/')
    if not host:
        raise ValueError('no host given')
    return scheme, host, '/' + path


def latency(url):
    """Seconds the virtual server takes to answer `url`."""
    scheme, host, path = split(url)
    parts = path.split('?')[0].split('/')
    if len(parts) >= 3 and parts[1] == 'delay':
        try:
            return float(parts[2])
        except ValueError:
            pass
    return 0.05 + (_hash(url) % 250) / 1000


def fetch(method, url, body=b'', headers=None, timeout=None):
    """Sends a request on the simulated web: (status, reason, headers, body) after the wait.
    Raises TimeoutError('timed out') when the answer takes longer than `timeout`."""
    scheme, host, path = split(url)
    wait = latency(url)
    if timeout is not None and wait > timeout:
        _socket.wait([], timeout, 'HTTP ' + host + ': wait for data')
        raise TimeoutError('timed out')
    _socket.wait([], wait, 'HTTP ' + host + ': wait for data')
    status = 200
    parts = path.split('?')[0].split('/')
    ctype = 'text/html; charset=utf-8'
    if len(parts) >= 3 and parts[1] == 'status' and parts[2].isdigit():
        status = int(parts[2])
        page = b''
    elif parts[1:2] == ['json']:
        ctype = 'application/json'
        page = _json.dumps({'url': url, 'method': method, 'simulated': True}).encode()
    elif parts[1:2] == ['headers']:
        ctype = 'application/json'
        page = _json.dumps({'headers': dict(headers or {})}).encode()
    elif method == 'POST':
        ctype = 'application/json'
        page = _json.dumps({'url': url, 'data': body.decode('utf-8', 'replace'), 'simulated': True}).encode()
    else:
        size = 2000 + _hash(url) % 30000
        head = ('<html><head><title>%s</title></head><body><p>A simulated page for %s</p>'
                % (host + path, url)).encode()
        page = head + b'.' * max(0, size - len(head) - 14) + b'</body></html>'
    _socket.copyout(len(page))
    return status, REASONS.get(status, 'Unknown'), {'Content-Type': ctype, 'Content-Length': str(len(page)),
                                                    'Server': 'concurrency-tutor simulated web'}, page
