# array (Modules/arraymodule.c in CPython): typed arrays of numbers or characters, kept here as
# a list of checked values; the bytes methods go through struct in little-endian order (the
# machine order python3 uses on x86-64 and arm64). No buffer protocol: memoryview(array) and
# array.frombytes(array) are not supported.
import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_PACK = {'b': 'b', 'B': 'B', 'u': 'I', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q', 'L': 'Q',
         'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}
# Range and the OverflowError texts of each integer code's setitem (b_setitem, BB_setitem, ...).
_LONG_MIN, _LONG_MAX, _ULONG_MAX = -2 ** 63, 2 ** 63 - 1, 2 ** 64 - 1
_RANGE = {
    'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
    'h': (-32768, 32767, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
    'H': (0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
    'I': (0, 2 ** 32 - 1, "can't convert negative value to unsigned int", 'unsigned int is greater than maximum'),
    'l': (_LONG_MIN, _LONG_MAX, None, None),
    'L': (0, _ULONG_MAX, "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'),
    'q': (_LONG_MIN, _LONG_MAX, 'int too big to convert', 'int too big to convert'),
    'Q': (0, _ULONG_MAX, "can't convert negative int to unsigned", 'int too big to convert'),
}


def _check(tc, v):
    # The item as the array stores it, or CPython's TypeError/OverflowError.
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if tc == 'f' or tc == 'd':
        if not isinstance(v, (int, float)):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        v = float(v)
        if tc == 'f':
            v = _struct.unpack('<f', _struct.pack('<f', v))[0]
        return v
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    lo, hi, low_msg, high_msg = _RANGE[tc]
    if lo <= v <= hi:
        return int(v)
    if tc in 'qQ' or (tc in 'IL' and v < 0):
        raise OverflowError(low_msg if v < 0 else high_msg)
    if tc in 'IL':
        raise OverflowError(high_msg if v <= _ULONG_MAX else 'Python int too large to convert to C unsigned long')
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    # b_setitem and HH_setitem parse as a short and an int first.
    wider = {'b': 'h', 'H': 'i'}.get(tc)
    if wider is not None:
        wlo, whi, wlow_msg, whigh_msg = _RANGE[wider]
        if v < wlo:
            raise OverflowError(wlow_msg)
        if v > whi:
            raise OverflowError(whigh_msg)
    raise OverflowError(low_msg if v < lo else high_msg)


class array:

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._v = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r' % typecode)
            self._v = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._tc == 'u' and typecode != 'u':
            raise TypeError('cannot use a unicode array to initialize an array with typecode %r' % typecode)
        else:
            self._v = [_check(typecode, x) for x in initializer]

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array%s' % (
                what, type(other).__name__, ' slice' if what == 'assign' else ''))
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return other._v

    def append(self, v):
        self._v.append(_check(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._v.extend(iterable._v)
        else:
            self._v.extend([_check(self._tc, x) for x in iterable])

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        self._v.extend([_check(self._tc, x) for x in lst])

    def tolist(self):
        return list(self._v)

    def insert(self, i, v):
        v = _check(self._tc, v)
        self._v.insert(i, v)

    def pop(self, i=-1):
        if not self._v:
            raise IndexError('pop from empty array')
        n = len(self._v)
        if i < -n or i >= n:
            raise IndexError('pop index out of range')
        return self._v.pop(i)

    def remove(self, v):
        for i, x in enumerate(self._v):
            if x == v:
                del self._v[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        n = len(self._v)
        stop = n if stop is None else stop
        start = max(start + n, 0) if start < 0 else start
        stop = max(stop + n, 0) if stop < 0 else stop
        for i in range(start, min(stop, n)):
            if self._v[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return sum(1 for x in self._v if x == v)

    def reverse(self):
        self._v.reverse()

    def byteswap(self):
        size = _ITEMSIZE[self._tc]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._v = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._v))

    def tobytes(self):
        tc = self._tc
        values = [ord(c) for c in self._v] if tc == 'u' else self._v
        return _struct.pack('<%d%s' % (len(values), _PACK[tc]), *values)

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack('<%d%s' % (len(data) // size, _PACK[self._tc]), data)
        if self._tc == 'u':
            values = [chr(c) for c in values]
        self._v.extend(values)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._v)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        self._v.extend(s)

    def __len__(self):
        return len(self._v)

    def __iter__(self):
        return iter(list(self._v))

    def __contains__(self, v):
        return v in self._v

    def __getitem__(self, i):
        if isinstance(i, slice):
            out = array(self._tc)
            out._v = self._v[i]
            return out
        if not isinstance(i, int):
            raise TypeError('array indices must be integers')
        if i < -len(self._v) or i >= len(self._v):
            raise IndexError('array index out of range')
        return self._v[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._v[i] = self._same(v, 'assign')
            return
        if not isinstance(i, int):
            raise TypeError('array indices must be integers')
        if i < -len(self._v) or i >= len(self._v):
            raise IndexError('array assignment index out of range')
        self._v[i] = _check(self._tc, v)

    def __delitem__(self, i):
        if isinstance(i, int) and (i < -len(self._v) or i >= len(self._v)):
            raise IndexError('array assignment index out of range')
        del self._v[i]

    def __add__(self, other):
        out = array(self._tc)
        out._v = self._v + self._same(other, 'append')
        return out

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        out = array(self._tc)
        out._v = self._v * n
        return out

    __rmul__ = __mul__

    def __imul__(self, n):
        self._v *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v == other._v

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v != other._v

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v < other._v

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v <= other._v

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v > other._v

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v >= other._v

    def __copy__(self):
        return array(self._tc, self)

    def __deepcopy__(self, memo):
        return array(self._tc, self)

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._v)))

    def __repr__(self):
        if not self._v:
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._v))
        return 'array(%r, %r)' % (self._tc, self._v)


array.__module__ = 'array'
ArrayType = array
