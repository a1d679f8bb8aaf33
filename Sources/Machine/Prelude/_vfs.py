# open() on the run's virtual file system: files live in the kernel (World/KernelNatives.swift),
# shared by every process of the run as a real file system is, and never on the host. A file
# object buffers its writes until flush() or close(), as CPython's buffered files do.
import _multiprocessing as _k

_CWD = '/home/learner'


def _path(file):
    if not isinstance(file, str):
        if isinstance(file, bytes):
            file = file.decode()
        else:
            raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
    if not file.startswith('/'):
        file = _CWD + '/' + file
    parts = []
    for p in file.split('/'):
        if p in ('', '.'):
            continue
        if p == '..':
            if parts:
                parts.pop()
        else:
            parts.append(p)
    return '/' + '/'.join(parts)


class FileObject:
    def __init__(self, file, mode, encoding):
        self.name = file
        self.mode = mode
        self._path = _path(file)
        self._binary = 'b' in mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'w' in mode or 'a' in mode or 'x' in mode or '+' in mode
        self._closed = False
        data = _k.vfs_read(self._path)
        if 'r' in mode and data is None:
            raise FileNotFoundError(2, 'No such file or directory', file)
        if 'x' in mode and data is not None:
            raise FileExistsError(17, 'File exists', file)
        if 'w' in mode or 'x' in mode:
            data = b''
            _k.vfs_write(self._path, data)
        elif data is None:
            data = b''
            _k.vfs_write(self._path, data)
        self._data = data
        self._pos = len(data) if 'a' in mode else 0
        self._dirty = False
        self._pending = b''

    def _check(self, reading):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if reading and not self._readable:
            raise _unsupported('not readable')
        if not reading and not self._writable:
            raise _unsupported('not writable')

    def _out(self, b):
        return b if self._binary else b.decode('utf-8')

    def read(self, size=-1):
        self._check(True)
        end = len(self._data) if size is None or size < 0 else min(len(self._data), self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = end
        return self._out(chunk)

    def readline(self, size=-1):
        self._check(True)
        i = self._data.find(b'\n', self._pos)
        end = len(self._data) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = end
        return self._out(chunk)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check(False)
        if self._binary:
            if not isinstance(s, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
            b = bytes(s)
        else:
            if not isinstance(s, str):
                raise TypeError('write() argument must be str, not %s' % type(s).__name__)
            b = s.encode('utf-8')
        if 'a' in self.mode:
            # Appends land at the file's end when flushed, after what other processes wrote.
            self._pending += b
            self._dirty = True
            return len(s)
        self._data = self._data[:self._pos] + b + self._data[self._pos + len(b):]
        self._pos += len(b)
        self._dirty = True
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, offset, whence=0):
        if whence == 0:
            self._pos = offset
        elif whence == 1:
            self._pos += offset
        else:
            self._pos = len(self._data) + offset
        return self._pos

    def tell(self):
        return self._pos

    def truncate(self, size=None):
        size = self._pos if size is None else size
        self._data = self._data[:size]
        self._dirty = True
        return size

    def flush(self):
        if self._dirty and not self._closed:
            if 'a' in self.mode:
                _k.vfs_write(self._path, (_k.vfs_read(self._path) or b'') + self._pending)
                self._pending = b''
            else:
                _k.vfs_write(self._path, self._data)
            self._dirty = False

    def close(self):
        if not self._closed:
            self.flush()
            self._closed = True

    @property
    def closed(self):
        return self._closed

    def readable(self):
        return self._readable

    def writable(self):
        return self._writable

    def fileno(self):
        raise _unsupported('fileno')

    def __enter__(self):
        self._check(self._readable)
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        self.close()

    def __repr__(self):
        if self._binary:
            kind = '_io.BufferedReader' if self.mode == 'rb' else '_io.BufferedWriter'
            return '<%s name=%r>' % (kind, self.name)
        return "<_io.TextIOWrapper name=%r mode=%r encoding='UTF-8'>" % (self.name, self.mode)


def _unsupported(what):
    import errno
    return OSError(what)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if len(set(mode)) != len(mode) or not set(mode) <= set('rwxabt+') or sum(c in 'rwxa' for c in mode) != 1:
        raise ValueError("invalid mode: '%s'" % mode)
    return FileObject(file, mode, encoding)


def exists(path):
    return _k.vfs_read(_path(path)) is not None


def remove(path):
    if not _k.vfs_remove(_path(path)):
        raise FileNotFoundError(2, 'No such file or directory', path)


def listdir(path='.'):
    return _k.vfs_list(_path(path))
