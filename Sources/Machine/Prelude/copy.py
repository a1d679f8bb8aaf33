class Error(Exception):
    pass

error = Error

_atomic = (type(None), int, float, complex, bool, str, bytes, type, range,
           type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented), frozenset)

def _new_like(x):
    cls = type(x)
    return object.__new__(cls)

def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) and cls in _atomic:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    if cls is tuple:
        return x
    method = getattr(cls, '__copy__', None)
    if method is not None:
        return method(x)
    if isinstance(x, type) or callable(x) and not hasattr(x, '__dict__'):
        return x
    y = _new_like(x)
    state = getattr(x, '__getstate__', None)
    if state is not None:
        s = state()
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(s)
        elif s:
            _set_state(y, s)
    else:
        _set_state(y, x.__dict__)
    return y

def _set_state(y, state):
    # The engine's `__dict__` is a snapshot: attributes are set one by one (bypassing a
    # frozen class's __setattr__, as CPython's dict update does).
    for key, value in state.items():
        object.__setattr__(y, key, value)

def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        _keep_alive(x, memo)
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is bytearray:
        y = memo[d] = bytearray(x)
        _keep_alive(x, memo)
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        _keep_alive(x, memo)
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        return y
    if cls is tuple:
        parts = [deepcopy(a, memo) for a in x]
        # Copying an item may have copied this tuple already (a cycle through a list).
        if d in memo:
            return memo[d]
        # A tuple whose items all copied to themselves is its own copy, as in CPython.
        same = all(part is item for part, item in zip(parts, x))
        y = x if same else tuple(parts)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls is set:
        y = set()
        memo[d] = y
        _keep_alive(x, memo)
        for a in x:
            y.add(deepcopy(a, memo))
        return y
    method = getattr(x, '__deepcopy__', None)
    if method is not None and not isinstance(x, type):
        y = method(memo)
    elif isinstance(x, type) or not hasattr(x, '__dict__'):
        return x
    else:
        y = _new_like(x)
        memo[d] = y
        state = getattr(x, '__getstate__', None)
        if state is not None:
            s = deepcopy(state(), memo)
        else:
            s = deepcopy(x.__dict__, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(s)
        else:
            _set_state(y, s)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y

def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
