# The built-in memoryview for bytes and bytearray, one-dimensional with format 'B' (Objects/
# memoryobject.c's common case), made on first use (Interp.lazyBuiltin). A view keeps its object
# and a window on it: slicing makes a narrower view of the same object, and writes through a
# view of a bytearray change the bytearray.


class memoryview:
    __module__ = "builtins"

    def __init__(self, object):
        if isinstance(object, memoryview):
            object._check()
            self._obj, self._start, self._stop = object._obj, object._start, object._stop
        elif isinstance(object, (bytes, bytearray)):
            self._obj, self._start, self._stop = object, 0, len(object)
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(object).__name__)
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def readonly(self):
        self._check()
        return not isinstance(self._obj, bytearray)

    @property
    def nbytes(self):
        return len(self)

    format = 'B'
    itemsize = 1
    ndim = 1

    @property
    def shape(self):
        return (len(self),)

    @property
    def strides(self):
        return (1,)

    def __len__(self):
        self._check()
        return self._stop - self._start

    def _range(self, key):
        start, stop, step = key.indices(len(self))
        if step != 1:
            raise NotImplementedError('memoryview: strided slices are not supported by the tutor')
        return self._start + start, self._start + max(start, stop)

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            view = memoryview(self)
            view._start, view._stop = self._range(key)
            return view
        if not isinstance(key, int):
            raise TypeError('memoryview: invalid slice key')
        n = len(self)
        if key < 0:
            key += n
        if not 0 <= key < n:
            raise IndexError('index out of bounds on dimension 1')
        return self._obj[self._start + key]

    def __setitem__(self, key, value):
        self._check()
        if self.readonly:
            raise TypeError('cannot modify read-only memory')
        if isinstance(key, slice):
            start, stop = self._range(key)
            data = bytes(value)
            if len(data) != stop - start:
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            self._obj[start:stop] = data
            return
        n = len(self)
        if key < 0:
            key += n
        if not 0 <= key < n:
            raise IndexError('index out of bounds on dimension 1')
        if not isinstance(value, int):
            raise TypeError("memoryview: invalid type for format 'B'")
        if not 0 <= value < 256:
            raise ValueError("memoryview: invalid value for format 'B'")
        self._obj[self._start + key] = value

    def __iter__(self):
        self._check()
        return iter(self._obj[self._start:self._stop])

    def tobytes(self, order='C'):
        self._check()
        return bytes(self._obj[self._start:self._stop])

    def __bytes__(self):
        return self.tobytes()

    def tolist(self):
        return list(self.tobytes())

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.release()

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, (memoryview, bytes, bytearray)):
            if self._released or (isinstance(other, memoryview) and other._released):
                return False
            return self.tobytes() == bytes(other)
        return NotImplemented

    def __hash__(self):
        if not self.readonly:
            raise ValueError('cannot hash writable memoryview object')
        return hash(self.tobytes())

    def __repr__(self):
        return '<%smemory at 0x%012x>' % ('released ' if self._released else '', id(self))
