class URLError(OSError):
    """A URL could not be fetched (Lib/urllib/error.py)."""

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError):
    """An HTTP answer with an error status; also a response (read, code, headers)."""

    def __init__(self, url, code, msg=None, hdrs=None, fp=None):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        self.reason = msg
        self.args = (url, code, msg, hdrs, fp)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    @property
    def status(self):
        return self.code

    @property
    def headers(self):
        return self.hdrs

    def getcode(self):
        return self.code

    def read(self, amt=-1):
        return self.fp.read(amt) if self.fp is not None else b''
