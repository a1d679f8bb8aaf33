# pickle for what crosses a process boundary: values are copied as bytes, functions and
# classes by reference (their module and qualified name), instances as class and state. The
# bytes are the tutor's own encoding behind pickle's protocol header, not CPython's opcodes;
# what CPython cannot pickle fails here with CPython's message.
import sys
import _multiprocessing

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    # CPython's are the C accelerator's classes: tracebacks name them _pickle.PicklingError.
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'


PickleError.__module__ = '_pickle'
PicklingError.__module__ = '_pickle'
UnpicklingError.__module__ = '_pickle'

_FUNCTION = type(lambda: None)


class _BuiltinNames:
    pass


for _name, _value in (__builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)).items():
    setattr(_BuiltinNames, _name, _value)

_UNPICKLABLE = ('generator', 'coroutine', 'lock', 'RLock', 'frame', 'code', 'module',
                'list_iterator', 'range_iterator', 'dict_keyiterator', 'enumerate', 'zip', 'map', 'filter')


def _ref(obj, out):
    module = getattr(obj, '__module__', None) or (
        'builtins' if type(obj).__name__ == 'builtin_function_or_method' else '__main__')
    qualname = getattr(obj, '__qualname__', None) or obj.__name__
    if '<locals>' in qualname:
        raise AttributeError("Can't pickle local object %r" % qualname)
    found = _BuiltinNames if module == 'builtins' else sys.modules.get(module)
    for part in qualname.split('.'):
        found = getattr(found, part, None) if found is not None else None
    if found is not obj:
        raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, qualname, module))
    text = module + ':' + qualname
    out.append('g%d:%s' % (len(text), text))


def _dump(obj, out):
    if obj is None:
        out.append('N')
    elif obj is True:
        out.append('T')
    elif obj is False:
        out.append('F')
    else:
        t = type(obj)
        if t is int:
            out.append('i%d;' % obj)
        elif t is float:
            out.append('f%r;' % obj)
        elif t is complex:
            out.append('c')
            _dump((obj.real, obj.imag), out)
        elif t is str:
            out.append('s%d:%s' % (len(obj), obj))
        elif t is bytes or t is bytearray:
            text = ''.join(map(chr, obj))
            out.append('%s%d:%s' % ('b' if t is bytes else 'B', len(text), text))
        elif t is tuple or t is list or t is set or t is frozenset:
            out.append({tuple: '(', list: '[', set: '<', frozenset: 'z'}[t])
            for item in obj:
                _dump(item, out)
            out.append(')')
        elif t is dict:
            out.append('{')
            for k, v in obj.items():
                _dump(k, out)
                _dump(v, out)
            out.append(')')
        elif t is _FUNCTION or t is type or t.__name__ in ('builtin_function_or_method',):
            _ref(obj, out)
        elif isinstance(obj, BaseException):
            out.append('e')
            _ref(t, out)
            _dump(tuple(obj.args), out)
        elif t.__name__ in _UNPICKLABLE:
            name = '_thread.' + t.__name__ if t.__name__ in ('lock', 'RLock') else t.__name__
            raise TypeError("cannot pickle %r object" % name)
        elif t is range:
            out.append('r')
            _dump((obj.start, obj.stop, obj.step), out)
        elif t.__module__ == 'builtins' and not hasattr(obj, '__dict__'):
            raise TypeError("cannot pickle %r object" % t.__name__)
        elif hasattr(obj, '__reduce_for_process__'):
            _dump(obj.__reduce_for_process__(), out)
        else:
            out.append('o')
            _ref(t, out)
            state = obj.__getstate__() if hasattr(obj, '__getstate__') else vars(obj)
            _dump(state, out)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    fast = _multiprocessing.fast_dumps(obj)
    if fast is not None:
        return fast
    out = []
    _dump(obj, out)
    return b'\x80\x04' + ''.join(out).encode('utf-8', 'surrogatepass')


class _Reader:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def until(self, mark):
        j = self.text.index(mark, self.i)
        s = self.text[self.i:j]
        self.i = j + 1
        return s

    def counted(self):
        n = int(self.until(':'))
        s = self.text[self.i:self.i + n]
        self.i += n
        return s

    def load(self):
        c = self.text[self.i]
        self.i += 1
        if c == 'N':
            return None
        if c == 'T':
            return True
        if c == 'F':
            return False
        if c == 'i':
            return int(self.until(';'))
        if c == 'f':
            return float(self.until(';'))
        if c == 's':
            return self.counted()
        if c == 'b':
            return bytes(map(ord, self.counted()))
        if c == 'B':
            return bytearray(map(ord, self.counted()))
        if c in '([<z{':
            items = []
            while self.text[self.i] != ')':
                items.append(self.load())
            self.i += 1
            if c == '(':
                return tuple(items)
            if c == '[':
                return items
            if c == '<':
                return set(items)
            if c == 'z':
                return frozenset(items)
            return dict(zip(items[0::2], items[1::2]))
        if c == 'g':
            module, qualname = self.counted().split(':')
            if module == 'builtins':
                obj = _BuiltinNames
            else:
                if module not in sys.modules:
                    __import__(module)
                obj = sys.modules[module]
            for part in qualname.split('.'):
                obj = getattr(obj, part)
            return obj
        if c == 'c':
            return complex(*self.load())
        if c == 'r':
            return range(*self.load())
        if c == 'e':
            cls = self.load()
            return cls(*self.load())
        if c == 'o':
            cls = self.load()
            state = self.load()
            obj = object.__new__(cls)
            if hasattr(obj, '__setstate__'):
                obj.__setstate__(state)
            else:
                for k, v in state.items():
                    setattr(obj, k, v)
            return obj
        raise UnpicklingError('invalid load key, %r.' % c)


def loads(data, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    ok, value = _multiprocessing.fast_loads(data)
    if ok:
        return value
    if data[:2] != b'\x80\x04':
        raise UnpicklingError('invalid load key, %r.' % chr(data[0]) if data else 'pickle data was truncated')
    return _Reader(data[2:].decode('utf-8', 'surrogatepass')).load()
