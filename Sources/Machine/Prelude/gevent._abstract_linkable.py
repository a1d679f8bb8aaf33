"""gevent._abstract_linkable: what Event, AsyncResult and Semaphore share. Waiters link a
callback (their greenlet's switch); when the object becomes ready the hub calls the links in the
order they were added, from one loop callback (the "notifier")."""
import sys
from greenlet import getcurrent
from gevent.hub import get_hub, get_hub_if_exists
from gevent.exceptions import InvalidSwitchError
from gevent.timeout import Timeout

__all__ = ['AbstractLinkable']


class AbstractLinkable(object):
    """An object greenlets wait on; subclasses say when it is `ready()`."""

    def __init__(self, hub=None):
        self._links = []
        self._notifier = None
        # False for semaphores: stop waking waiters once the object is no longer ready.
        self._notify_all = True
        self.hub = hub

    def linkcount(self):
        return len(self._links)

    def ready(self):
        raise NotImplementedError

    def rawlink(self, callback):
        """Calls callback(self) in the hub when the object is ready."""
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self._links.append(callback)
        self._check_and_notify()

    def unlink(self, callback):
        """Removes a callback added by rawlink()."""
        try:
            self._links.remove(callback)
        except ValueError:
            pass
        if not self._links and self._notifier is not None and self._notifier.pending:
            self._notifier.stop()

    def _capture_hub(self, create):
        if self.hub is None:
            self.hub = get_hub() if create else get_hub_if_exists()
        return self.hub

    def _check_and_notify(self):
        if self.ready() and self._links and not self._notifier:
            hub = self._capture_hub(False)
            if hub is not None:
                self._notifier = hub.loop.run_callback(self._notify_links, [])
            else:
                self._notifier = 1
                try:
                    self._notify_links([])
                finally:
                    self._notifier = None

    def _notify_link_list(self, links):
        if not links:
            return
        only_while_ready = not self._notify_all
        final_link = links[-1]
        done = []
        hub = self.hub if self.hub is not None else get_hub_if_exists()
        while links:
            if only_while_ready and not self.ready():
                break
            link = links.pop(0)
            if not any(d is link for d in done):
                done.append(link)
                try:
                    link(self)
                except:  # noqa: E722 - reported by the hub, as gevent does
                    if hub is not None:
                        hub.handle_error((link, self), *sys.exc_info())
            if link is final_link:
                break

    def _notify_links(self, arrived_while_waiting):
        notifier = self._notifier
        if notifier is None:
            self._check_and_notify()
            return
        try:
            self._notify_link_list(self._links)
            if arrived_while_waiting:
                self._notify_link_list(arrived_while_waiting)
                self._links.extend(arrived_while_waiting)
        finally:
            self._notifier = None
        self._check_and_notify()

    def _quiet_unlink_all(self, obj):
        if obj is None:
            return
        self.unlink(obj)
        notifier = self._notifier
        if notifier is not None and notifier != 1 and notifier.args:
            try:
                notifier.args[0].remove(obj)
            except ValueError:
                pass

    def _wait_to_be_notified(self, rawlink):
        resume_this_greenlet = getcurrent().switch
        if rawlink:
            self.rawlink(resume_this_greenlet)
        else:
            self._notifier.args[0].append(resume_this_greenlet)
        try:
            self._switch_to_hub(self.hub)
            resume_this_greenlet = None
        finally:
            self._quiet_unlink_all(resume_this_greenlet)

    def _switch_to_hub(self, the_hub):
        result = the_hub.switch()
        if result is not self:
            raise InvalidSwitchError('Invalid switch into %s.wait(): %r' % (type(self).__name__, result))

    def _wait_core(self, timeout, catch=Timeout):
        with Timeout._start_new_or_dummy(timeout) as timer:
            try:
                self._wait_to_be_notified(True)
                return True
            except catch as ex:
                if ex is not timer:
                    raise
                return False

    def _wait_return_value(self, waited, wait_success):
        return None

    def _wait(self, timeout=None):
        self._capture_hub(True)
        if self.ready():
            result = self._wait_return_value(False, False)
            if self._notifier:
                self._wait_to_be_notified(False)
            return result
        gotit = self._wait_core(timeout)
        return self._wait_return_value(True, gotit)
