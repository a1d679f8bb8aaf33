# greenlet 3.x: `greenlet` itself is the engine's type (World/Greenlets.swift: __init__, switch, throw); this adds the rest.
__version__ = "3.1.1"


class GreenletExit(BaseException):
    pass


class error(Exception):
    pass


def _bootstrap(run, args, kwargs):
    return run(*args, **kwargs)


def _greenlet_init(self, run=None, parent=None):
    _init(self, run, parent)


def _get_parent(self):
    return self._parent


def _set_parent(self, value):
    if not isinstance(value, greenlet):
        raise TypeError("parent must be a greenlet")
    p = value
    while p is not None:
        if p is self:
            raise ValueError("cyclic parent chain")
        p = p._parent
    self._parent = value


def _dead(self):
    return _state(self) == 2


def _bool(self):
    return _state(self) == 1


def _repr(self):
    state = _state(self)
    where = "current active started" if _is_current(self) else ("dead" if state == 2 else "suspended active started" if state == 1 else "pending")
    main = " main" if self.parent is None else ""
    return "<greenlet.greenlet object at 0x%x (otid=0x7f0000000000) %s%s>" % (id(self), where, main)


greenlet.__init__ = _greenlet_init
greenlet.parent = property(_get_parent, _set_parent)
greenlet.dead = property(_dead)
greenlet.gr_frame = property(lambda self: None)
greenlet.__bool__ = _bool
greenlet.__repr__ = _repr
greenlet.GreenletExit = GreenletExit
greenlet.error = error
greenlet.getcurrent = staticmethod(getcurrent)
del _greenlet_init, _get_parent, _set_parent, _dead, _bool, _repr


def gettrace():
    return None


def settrace(callback):
    return None
