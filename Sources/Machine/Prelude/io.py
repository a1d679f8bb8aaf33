SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

class UnsupportedOperation(OSError, ValueError):
    pass

class _Buffer:
    # What StringIO and BytesIO share: a value held as a list of items (characters or byte
    # values) and a position into it.
    def __init__(self, initial):
        self._items = list(initial)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(self._negative_seek % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._items) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._items[size:]
        return size

    def _read_items(self, size):
        self._check()
        if size is None or size < 0:
            end = len(self._items)
        else:
            end = min(len(self._items), self._pos + size)
        start = min(self._pos, len(self._items))
        self._pos = max(self._pos, end)
        return self._items[start:end]

    def _write_items(self, items):
        self._check()
        n = len(items)
        if self._pos > len(self._items):
            self._items.extend([self._pad] * (self._pos - len(self._items)))
        self._items[self._pos:self._pos + n] = items
        self._pos += n
        return n

    def _readline_items(self, size, newline):
        self._check()
        start = min(self._pos, len(self._items))
        end = len(self._items)
        if size is not None and size >= 0:
            end = min(end, start + size)
        i = start
        while i < end:
            if self._items[i] == newline:
                i += 1
                break
            i += 1
        self._pos = i if i > self._pos else self._pos
        return self._items[start:i]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

class StringIO(_Buffer):
    _pad = '\0'
    _closed_message = "I/O operation on closed file"
    _negative_seek = "Negative seek position %d"

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        _Buffer.__init__(self, initial_value)

    def getvalue(self):
        self._check()
        return ''.join(self._items)

    def read(self, size=-1):
        return ''.join(self._read_items(size))

    def readline(self, size=-1):
        return ''.join(self._readline_items(size, '\n'))

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        return self._write_items(list(s))

    def __repr__(self):
        return '<_io.StringIO object>'

class BytesIO(_Buffer):
    _pad = 0
    _closed_message = "I/O operation on closed file."
    _negative_seek = "negative seek value %d"

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _Buffer.__init__(self, bytes(initial_bytes))

    def getvalue(self):
        self._check()
        return bytes(self._items)

    def read(self, size=-1):
        return bytes(self._read_items(size))

    read1 = read

    def readline(self, size=-1):
        return bytes(self._readline_items(size, 10))

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write_items(list(bytes(b)))

    def __repr__(self):
        return '<_io.BytesIO object>'

class TextIOBase:
    pass

class IOBase:
    pass

DEFAULT_BUFFER_SIZE = 8192
