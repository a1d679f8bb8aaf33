"""gevent.greenlet as gevent 24+ behaves: Greenlet, a greenlet.greenlet whose parent is the hub,
started by a loop callback (`start`) or a timer (`start_later`), with a result (`value`,
`exception`, `get`), links called in the hub when it dies, and `kill`; plus joinall, killall."""
import sys
from greenlet import greenlet, GreenletExit
from gevent.hub import (getcurrent, get_hub, Waiter, iwait, wait, _reraise, InvalidSwitchError)
from gevent.timeout import Timeout
try:
    from greenlet import _rename_lane
except ImportError:
    def _rename_lane(g, name):
        pass

__all__ = ['Greenlet', 'joinall', 'killall']


class SpawnedLink(object):
    """A link called in a greenlet of its own (parent: the hub) when the source dies."""
    __slots__ = ('callback',)

    def __init__(self, callback):
        if not callable(callback):
            raise TypeError("Expected callable: %r" % (callback,))
        self.callback = callback

    def __call__(self, source):
        g = greenlet(self.callback, get_hub())
        g.switch(source)

    def __hash__(self):
        return hash(self.callback)

    def __eq__(self, other):
        return self.callback == getattr(other, 'callback', other)

    def __repr__(self):
        return repr(self.callback)


class SuccessSpawnedLink(SpawnedLink):
    """A SpawnedLink called only when the source succeeded."""
    __slots__ = ()

    def __call__(self, source):
        if source.successful():
            return SpawnedLink.__call__(self, source)


class FailureSpawnedLink(SpawnedLink):
    """A SpawnedLink called only when the source failed."""
    __slots__ = ()

    def __call__(self, source):
        if not source.successful():
            return SpawnedLink.__call__(self, source)


class _DummyEvent(object):
    """Marks a start that was cancelled by kill, or one that completed."""
    __slots__ = ('pending', 'active')

    def __init__(self):
        self.pending = self.active = False

    def stop(self):
        pass

    def close(self):
        pass


_cancelled_start_event = _DummyEvent()
_start_completed_event = _DummyEvent()


class Greenlet(greenlet):
    """A light-weight cooperatively-scheduled execution unit; its parent is its hub (gevent's
    get_my_hub), which the methods use instead of looking the hub up."""

    # State most greenlets never change lives on the class, so 10,000 of them stay small.
    value = None
    _exc_info = None
    _notifier = None
    _formatted_info = None
    _ident = None
    _name = None
    _links = ()
    _finished = False

    def __init__(self, run=None, *args, **kwargs):
        greenlet.__init__(self, None, get_hub())
        if run is not None:
            self._run = run
        if not callable(self._run):
            raise TypeError("The run argument or self._run must be callable")
        self.args = args
        self.kwargs = kwargs
        self._start_event = None

    # greenlet calls self.run(); the user's function is _run.
    def run(self):
        try:
            self.__cancel_start()
            self._start_event = _start_completed_event
            try:
                result = self._run(*self.args, **self.kwargs)
            except:  # noqa: E722 - every error is reported through the hub, as gevent does
                self.__report_error(sys.exc_info())
            else:
                self.__report_result(result)
        finally:
            self._finished = True
            self.__free()

    def _run(self):
        """Subclasses override this with the greenlet's work."""
        return

    def __free(self):
        try:
            del self._run
        except AttributeError:
            pass
        self.args = ()
        self.kwargs = {}

    @property
    def minimal_ident(self):
        if self._ident is None:
            self._ident = self.parent._get_minimal_ident()
            if self._name is None:
                _rename_lane(self, 'Greenlet-%d' % (self._ident,))
        return self._ident

    @property
    def name(self):
        if self._name is not None:
            return self._name
        return 'Greenlet-%d' % (self.minimal_ident,)

    @name.setter
    def name(self, value):
        self._name = value
        _rename_lane(self, str(value))

    @property
    def _tutor_lane(self):
        # The lane's name in the run view, read when the greenlet first runs. gevent numbers a
        # greenlet (Greenlet-N) only when its name is first asked for, so until then the lane
        # shows the class and the function it runs; it takes the name when gevent gives it.
        # The function with its arguments, as repr shows them (`Greenlet fetch(3)`), tells
        # apart greenlets that run one function; repr's cache is left as it was.
        if self._name is not None or self._ident is not None:
            return self.name
        cached = self._formatted_info
        info = self._formatinfo()
        self._formatted_info = cached
        if info.startswith('_run') or info.startswith('<'):
            info = ''
        return (type(self).__name__ + ' ' + info).strip()

    @property
    def loop(self):
        return self.parent.loop

    def __bool__(self):
        return self._start_event is not None and self._exc_info is None

    @property
    def dead(self):
        """True once the greenlet ran to its end, or was killed before it started."""
        if getcurrent() is self:
            return False
        return (self._start_event is _cancelled_start_event
                or self.__started_but_aborted()
                or self._finished)

    def __start_pending(self):
        ev = self._start_event
        return ev is not None and (ev.pending or getattr(ev, 'active', False))

    def __started_but_aborted(self):
        ev = self._start_event
        return (ev is not None
                and ev is not _cancelled_start_event
                and ev is not _start_completed_event
                and not self.__start_pending())

    def __cancel_start(self):
        if self._start_event is None:
            self._start_event = _cancelled_start_event
        self._start_event.stop()
        self._start_event.close()

    def __handle_death_before_start(self, args):
        if self._exc_info is None and self.dead:
            if len(args) == 1:
                arg = args[0]
                if isinstance(arg, type) and issubclass(arg, BaseException):
                    args = (arg, arg(), None)
                else:
                    args = (type(arg), arg, None)
            elif not args:
                args = (GreenletExit, GreenletExit(), None)
            if not issubclass(args[0], BaseException):
                args = (BaseException, BaseException(args), None)
            self.__report_error(args)

    @property
    def started(self):
        return bool(self)

    def ready(self):
        """True once the greenlet has finished."""
        return self.dead or self._exc_info is not None

    def successful(self):
        """True if it finished without an error (being killed with GreenletExit counts)."""
        return self._exc_info is not None and self._exc_info[1] is None

    def __repr__(self):
        if self._name is None and self._ident is None:
            name = ' '
        else:
            name = ' "%s" ' % (self.name,)
        result = '<%s%sat %s' % (type(self).__name__, name, hex(id(self)))
        formatted = self._formatinfo()
        if formatted:
            result += ': ' + formatted
        return result + '>'

    def _formatinfo(self):
        info = self._formatted_info
        if info is not None:
            return info
        func = self._run
        im_self = getattr(func, '__self__', None)
        if im_self is self:
            funcname = '_run'
        elif im_self is not None:
            funcname = repr(func)
        else:
            funcname = getattr(func, '__name__', '') or repr(func)
        result = funcname
        args = []
        if self.args:
            args = [repr(x)[:50] for x in self.args]
        if self.kwargs:
            args.extend(['%s=%s' % (key, repr(value)[:50]) for (key, value) in self.kwargs.items()])
        if args:
            result += '(' + ', '.join(args) + ')'
        self._formatted_info = result
        return result

    @property
    def exception(self):
        """The exception the function raised, or None."""
        return self._exc_info[1] if self._exc_info is not None else None

    @property
    def exc_info(self):
        ei = self._exc_info
        if ei is not None and ei[0] is not None:
            return ei

    def _raise_exception(self):
        raise self._exc_info[1]

    def throw(self, *args):
        """Raises an exception in the greenlet now (from the hub); see kill()."""
        self.__cancel_start()
        try:
            if not self.dead:
                greenlet.throw(self, *args)
        finally:
            self.__handle_death_before_start(args)

    def start(self):
        """Schedules the greenlet to run in this loop iteration."""
        if self._start_event is None:
            self._start_event = self.parent.loop.run_callback(self.switch)

    def start_later(self, seconds):
        """Schedules the greenlet to run `seconds` later."""
        if self._start_event is None:
            self._start_event = self.parent.loop.timer(seconds)
            self._start_event.start(self.switch)

    @classmethod
    def spawn(cls, *args, **kwargs):
        """A new started Greenlet running function(*args, **kwargs)."""
        g = cls(*args, **kwargs)
        g.start()
        return g

    @classmethod
    def spawn_later(cls, seconds, *args, **kwargs):
        """A new Greenlet that starts `seconds` later."""
        if cls is Greenlet and not args and 'run' not in kwargs:
            raise TypeError("")
        g = cls(*args, **kwargs)
        g.start_later(seconds)
        return g

    def _maybe_kill_before_start(self, exception):
        self.__cancel_start()
        self.__free()
        dead = self.dead
        if dead:
            if isinstance(exception, tuple) and len(exception) == 3:
                args = exception
            else:
                args = (exception,)
            self.__handle_death_before_start(args)
        return dead

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        """Raises `exception` in the greenlet; by default waits until it is dead."""
        if not self._maybe_kill_before_start(exception):
            if self.ready():
                return
            waiter = Waiter() if block else None
            self.parent.loop.run_callback(_kill, self, exception, waiter)
            if waiter is not None:
                waiter.get()
                self.join(timeout)

    def get(self, block=True, timeout=None):
        """The function's result, or its exception raised; waits for it unless block=False."""
        if not self.ready():
            if not block:
                raise Timeout()
            self._wait_for_death(timeout, 'get', False)
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()

    def join(self, timeout=None):
        """Waits until the greenlet finishes or `timeout` passes; returns None."""
        if not self.ready():
            self._wait_for_death(timeout, 'join', True)

    def _wait_for_death(self, timeout, what, quiet_timeout):
        """Waits in the hub until this greenlet's links run (or `timeout` passes)."""
        switch = getcurrent().switch
        self.rawlink(switch)
        t = None
        try:
            t = Timeout._start_new_or_dummy(timeout)
            try:
                result = self.parent.switch()
                if result is not self:
                    raise InvalidSwitchError('Invalid switch into Greenlet.%s(): %r' % (what, result))
            finally:
                t.cancel()
        except Timeout as ex:
            self.unlink(switch)
            if not quiet_timeout or ex is not t:
                raise
        except:  # noqa: E722
            self.unlink(switch)
            raise

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is None:
            try:
                self.join()
            finally:
                self.kill()
        else:
            self.kill((t, v, tb))

    def __report_result(self, result):
        self._exc_info = (None, None, None)
        self.value = result
        if self._links and self._notifier is None:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def __report_error(self, exc_info):
        if isinstance(exc_info[1], GreenletExit):
            self.__report_result(exc_info[1])
            return
        self._exc_info = exc_info
        hub = self.parent
        if self._links and self._notifier is None:
            self._notifier = hub.loop.run_callback(self._notify_links)
        hub.handle_error(self, *exc_info)

    def has_links(self):
        return len(self._links)

    def rawlink(self, callback):
        """Calls callback(self) in the hub when the greenlet dies (or soon, if it is dead)."""
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        if not self._links:
            self._links = []
        self._links.append(callback)
        if self.ready() and self._notifier is None:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def link(self, callback, SpawnedLink=SpawnedLink):
        """Calls callback(self) in a new greenlet when this one dies."""
        self.rawlink(SpawnedLink(callback))

    def unlink(self, callback):
        """Removes a callback added by link() or rawlink()."""
        try:
            self._links.remove(callback)
        except (ValueError, AttributeError):
            pass

    def unlink_all(self):
        self._links = ()

    def link_value(self, callback, SpawnedLink=SuccessSpawnedLink):
        """link(), called only if the greenlet succeeds."""
        self.link(callback, SpawnedLink=SpawnedLink)

    def link_exception(self, callback, SpawnedLink=FailureSpawnedLink):
        """link(), called only if the greenlet fails."""
        self.link(callback, SpawnedLink=SpawnedLink)

    def _notify_links(self):
        while self._links:
            link = self._links.pop(0)
            try:
                link(self)
            except:  # noqa: E722
                self.parent.handle_error((link, self), *sys.exc_info())
        self._notifier = None


def _kill(glet, exception, waiter):
    try:
        if isinstance(exception, tuple) and len(exception) == 3:
            glet.throw(*exception)
        else:
            glet.throw(exception)
    except:  # noqa: E722
        get_hub().handle_error(glet, *sys.exc_info())
    if waiter is not None:
        waiter.switch(None)


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    """Waits for the greenlets to finish; returns those that did (raise_error: raise the first error)."""
    if not raise_error:
        return wait(greenlets, timeout=timeout, count=count)
    done = []
    for obj in iwait(greenlets, timeout=timeout, count=count):
        if getattr(obj, 'exception', None) is not None:
            if hasattr(obj, '_raise_exception'):
                obj._raise_exception()
            else:
                raise obj.exception
        done.append(obj)
    return done


def _killall(greenlets, exception):
    """Throws `exception` into each live greenlet; returns those still alive afterwards."""
    diehards = []
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except:  # noqa: E722
                get_hub().handle_error(g, *sys.exc_info())
            if not g.dead:
                diehards.append(g)
    return diehards


def _killall3(greenlets, exception, waiter):
    waiter.switch(_killall(greenlets, exception))


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    """Kills every greenlet; by default waits until all are dead."""
    need_killed = []
    for glet in greenlets:
        cancel = getattr(glet, '_maybe_kill_before_start', None)
        if cancel is None or not cancel(exception):
            need_killed.append(glet)
    if not need_killed:
        return
    loop = get_hub().loop
    if block:
        waiter = Waiter()
        loop.run_callback(_killall3, need_killed, exception, waiter)
        t = Timeout._start_new_or_dummy(timeout)
        try:
            alive = waiter.get()
            if alive:
                joinall(alive, raise_error=False)
        finally:
            t.cancel()
    else:
        loop.run_callback(_killall, need_killed, exception)
