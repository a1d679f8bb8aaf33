# multiprocessing.managers: a manager is a server process holding the shared objects; every
# proxy call travels to it through a pipe, pickled, and its answer comes back the same way
# (which is why a Manager is slower than a Queue). Trimmed from CPython 3.11: one connection
# serialised by a process lock instead of a thread per client. Manager().Queue/Lock/Event/Value
# give the process-shared objects of multiprocessing itself.
import os
import multiprocessing


class Namespace:
    def __init__(self, **kwds):
        for name, value in kwds.items():
            setattr(self, name, value)

    def __repr__(self):
        items = list(vars(self).items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


def _setitem(o, k, v):
    o[k] = v


def _delitem(o, k):
    del o[k]


_OPERATORS = {
    '__getitem__': lambda o, k: o[k],
    '__setitem__': _setitem,
    '__delitem__': _delitem,
    '__len__': len,
    '__contains__': lambda o, k: k in o,
    '__repr__': repr,
    '__add__': lambda o, x: o + x,
    '__mul__': lambda o, x: o * x,
}


def _serve(conn):
    objects = {}
    next_id = 0
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        kind, ident, name, args, kwds = request
        if kind == 'shutdown':
            conn.send((True, None))
            return
        try:
            if kind == 'create':
                next_id += 1
                objects[next_id] = name(*args, **kwds)
                result = next_id
            elif kind == 'getattr':
                result = getattr(objects[ident], name)
            elif kind == 'setattr':
                setattr(objects[ident], name, args[0])
                result = None
            elif name in _OPERATORS:
                result = _OPERATORS[name](objects[ident], *args)
            else:
                result = getattr(objects[ident], name)(*args, **kwds)
            if type(result).__name__.endswith('iterator') or type(result).__name__ in ('dict_items', 'dict_keys', 'dict_values'):
                result = list(result)
            conn.send((True, result))
        except Exception as e:
            conn.send((False, e))


def _shareable(obj):
    # A manager's queues and locks are proxies in CPython and may be passed to pool workers:
    # the kernel objects behind these may be pickled (multiprocessing._assert_spawning).
    obj._managed = True
    for part in vars(obj).values():
        if isinstance(part, (multiprocessing.SemLock, multiprocessing.Queue, multiprocessing.Event)):
            _shareable(part)
    return obj


class BaseProxy:
    _exposed_ = ()

    def __init__(self, manager, ident, typeid):
        object.__setattr__(self, '_manager', manager)
        object.__setattr__(self, '_id', ident)
        object.__setattr__(self, '_typeid', typeid)

    def _callmethod(self, name, args=(), kwds={}):
        return self._manager._request('call', self._id, name, args, kwds)

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')

    def __reduce_for_process__(self):
        raise TypeError("the tutor's manager proxies are shared by fork, not pickled")


def _method(name):
    def call(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    call.__name__ = name
    return call


class DictProxy(BaseProxy):
    pass


for _name in ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear', 'copy', 'get',
              'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'):
    setattr(DictProxy, _name, _method(_name))
DictProxy.__iter__ = lambda self: iter(self._callmethod('keys'))


class ListProxy(BaseProxy):
    def __iter__(self):
        return iter(self._callmethod('copy'))

    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self


for _name in ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__', '__setitem__', 'append',
              'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort', 'copy'):
    setattr(ListProxy, _name, _method(_name))


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key.startswith('_'):
            raise AttributeError(key)
        return self._manager._request('getattr', self._id, key, (), {})

    def __setattr__(self, key, value):
        if key.startswith('_'):
            return object.__setattr__(self, key, value)
        self._manager._request('setattr', self._id, key, (value,), {})

    def __repr__(self):
        return self._callmethod('__repr__')


class ValueProxy(BaseProxy):
    def get(self):
        return self._manager._request('getattr', self._id, 'value', (), {})

    def set(self, value):
        self._manager._request('setattr', self._id, 'value', (value,), {})

    value = property(get, set)


class _Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self.value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self.value)


class SyncManager:
    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._process = None

    def start(self, initializer=None, initargs=()):
        if self._process is not None:
            raise multiprocessing.ProcessError("Already started server")
        here, there = multiprocessing.Pipe()
        self._conn = here
        self._lock = multiprocessing.Lock()
        self._process = multiprocessing.Process(target=_serve, args=(there,), name='SyncManager-1')
        self._process.daemon = True
        self._process.start()
        self.address = '/tmp/pymp-tutor/listener-%d' % self._process.pid

    def _request(self, kind, ident, name, args, kwds):
        with self._lock:
            self._conn.send((kind, ident, name, args, kwds))
            ok, result = self._conn.recv()
        if not ok:
            raise result
        return result

    def _create(self, proxy, typeid, factory, *args, **kwds):
        if self._process is None:
            raise multiprocessing.ProcessError("Manager has not been started")
        return proxy(self, self._request('create', None, factory, args, kwds), typeid)

    def dict(self, *args, **kwds):
        return self._create(DictProxy, 'dict', dict, *args, **kwds)

    def list(self, *args):
        return self._create(ListProxy, 'list', list, *args)

    def Namespace(self, **kwds):
        return self._create(NamespaceProxy, 'Namespace', Namespace, **kwds)

    def Value(self, typecode, value, lock=True):
        return self._create(ValueProxy, 'Value', _Value, typecode, value)

    def Queue(self, maxsize=0):
        return _shareable(multiprocessing.Queue(maxsize))

    def JoinableQueue(self, maxsize=0):
        return _shareable(multiprocessing.JoinableQueue(maxsize))

    def Lock(self):
        return _shareable(multiprocessing.Lock())

    def RLock(self):
        return _shareable(multiprocessing.RLock())

    def Semaphore(self, value=1):
        return _shareable(multiprocessing.Semaphore(value))

    def Event(self):
        return _shareable(multiprocessing.Event())

    def Array(self, typecode, sequence, lock=True):
        return _shareable(multiprocessing.Array(typecode, sequence))

    def shutdown(self):
        if self._process is not None and self._process.is_alive():
            self._request('shutdown', None, None, (), {})
            self._process.join()

    def __enter__(self):
        if self._process is None:
            self.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()


BaseManager = SyncManager
