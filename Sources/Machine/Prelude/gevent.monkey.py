"""gevent.monkey as gevent 24+ behaves: patch_all() makes the blocking standard library
cooperative. time.sleep becomes gevent.sleep, select.select and socket.socket wait in the hub,
threading's threads become greenlets (its locks, conditions and events green too) and the
queue module's queues become gevent queues. Call it first, before other imports take names
from those modules (`from time import sleep` keeps the original)."""
import sys

__all__ = ['patch_all', 'patch_builtins', 'patch_dns', 'patch_os', 'patch_queue', 'patch_select',
           'patch_signal', 'patch_socket', 'patch_ssl', 'patch_subprocess', 'patch_sys',
           'patch_thread', 'patch_time', 'get_original', 'is_module_patched',
           'is_object_patched', 'is_anything_patched', 'main']

# module name -> {attribute: original value}
saved = {}


class MonkeyPatchWarning(RuntimeWarning):
    """A warning gevent gives about patching late."""


def is_module_patched(mod_name):
    """True if any attribute of that module was patched."""
    return mod_name in saved


def is_object_patched(mod_name, item_name):
    return is_module_patched(mod_name) and item_name in saved[mod_name]


def is_anything_patched():
    return bool(saved)


def _get_original(name, items):
    d = saved.get(name, {})
    values = []
    module = None
    for item in items:
        if item in d:
            values.append(d[item])
        else:
            if module is None:
                module = __import__(name)
            values.append(getattr(module, item))
    return values


def get_original(mod_name, item_name):
    """The unpatched value of mod_name.item_name (a list for a list of names)."""
    if isinstance(item_name, str):
        return _get_original(mod_name, [item_name])[0]
    return _get_original(mod_name, item_name)


_NONE = object()


def patch_item(module, attr, newitem):
    olditem = getattr(module, attr, _NONE)
    if olditem is not _NONE:
        saved.setdefault(module.__name__, {}).setdefault(attr, olditem)
    setattr(module, attr, newitem)


def remove_item(module, attr):
    olditem = getattr(module, attr, _NONE)
    if olditem is _NONE:
        return
    saved.setdefault(module.__name__, {}).setdefault(attr, olditem)
    delattr(module, attr)


def _patch_module(target, source, names):
    for name in names:
        value = getattr(source, name, _NONE)
        if value is not _NONE:
            patch_item(target, name, value)


def patch_time():
    """time.sleep becomes gevent.sleep."""
    import time
    from gevent.hub import sleep
    patch_item(time, 'sleep', sleep)


def patch_select(aggressive=True):
    """select.select waits in the hub; poll/epoll are removed (aggressive), as gevent does."""
    try:
        import select
    except ImportError:
        return
    import gevent.select as gselect
    _patch_module(select, gselect, ['select', 'poll'])
    if aggressive:
        for name in ('epoll', 'kqueue', 'kevent', 'devpoll'):
            remove_item(select, name)


def patch_socket(dns=True, aggressive=True):
    """socket.socket and its helpers wait in the hub instead of blocking the thread."""
    try:
        import socket
    except ImportError:
        return
    import gevent.socket as gsocket
    _patch_module(socket, gsocket, gsocket.__implements__)


def patch_dns():
    pass


def patch_thread(threading=True, _threading_local=True, Event=True, logging=True,
                 existing_locks=True, _warnings=None):
    """Threads become greenlets: threading's Thread, locks, conditions and events are green."""
    import threading as threading_mod
    import _thread
    import gevent.threading as gthreading
    _patch_module(_thread, gthreading, ['allocate_lock', 'LockType', 'get_ident', 'start_new_thread'])
    if threading:
        names = ['Thread', 'Timer', 'Lock', 'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore',
                 'current_thread', 'currentThread', 'main_thread', 'get_ident', 'enumerate',
                 'active_count', 'activeCount', '_DummyThread']
        if Event:
            names.append('Event')
        _patch_module(threading_mod, gthreading, names)
        register = getattr(threading_mod, '_register_atexit', None)
        if register is not None:
            register(gthreading._join_green_threads)
        if hasattr(threading_mod, '_shutdown'):
            patch_item(threading_mod, '_shutdown', gthreading._shutdown)


def patch_queue():
    """The queue module's queues become gevent queues (the tutor's are native, not on threading)."""
    import queue
    import gevent.queue as gqueue
    patch_item(queue, 'Queue', gqueue.Queue)
    patch_item(queue, 'LifoQueue', gqueue.LifoQueue)
    patch_item(queue, 'PriorityQueue', gqueue.PriorityQueue)
    patch_item(queue, 'SimpleQueue', gqueue.SimpleQueue)


def patch_os():
    pass


def patch_ssl():
    pass


def patch_subprocess():
    pass


def patch_builtins():
    pass


def patch_signal():
    pass


def patch_sys(stdin=True, stdout=True, stderr=True):
    pass


def patch_all(socket=True, dns=True, time=True, select=True, thread=True, os=True, ssl=True,
              subprocess=True, sys=False, aggressive=True, Event=True,
              builtins=True, signal=True, queue=True, contextvars=True, **kwargs):
    """Patches every module gevent patches by default; returns True."""
    if thread:
        patch_thread(Event=Event)
    if os:
        patch_os()
    if time:
        patch_time()
    if socket:
        patch_socket(dns=dns, aggressive=aggressive)
    if select:
        patch_select(aggressive=aggressive)
    if ssl:
        patch_ssl()
    if subprocess:
        patch_subprocess()
    if builtins:
        patch_builtins()
    if signal:
        patch_signal()
    if queue:
        patch_queue()
    return True


def main():
    raise NotImplementedError("python -m gevent.monkey is not modelled by the tutor")
