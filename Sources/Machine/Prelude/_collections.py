# collections.deque lives in _collections, as in CPython, so that queue (which needs only
# the deque) does not pay for compiling the whole collections module.
class deque:
    __module__ = "collections"
    # collections.deque is a C type in CPython (a list of blocks). Here the items are
    # `_items[_head:]`: popleft moves `_head` instead of shifting the list (O(1) amortised, as
    # queue.Queue and the event loops need), and the dead prefix is cut once it is over half
    # the list. `_state` counts mutations, so an iterator sees that its deque changed, as
    # CPython's deque iterator checks `deque->state`. The operations at the two ends do not
    # count: they change the list's length or the head, which an iterator watches too.
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
    @property
    def maxlen(self):
        return self._maxlen
    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")
    def append(self, x):
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._items[self._head] = None
            self._head += 1
            if self._head > 32 and self._head * 2 > len(self._items):
                del self._items[:self._head]
                self._head = 0
        self._items.append(x)
    def appendleft(self, x):
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._items.pop()
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)
    def pop(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        return self._items.pop()
    def popleft(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head == len(self._items):
            self._items.clear()
            self._head = 0
        elif self._head > 32 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0
        return x
    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)
    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)
    def _live(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items
    def rotate(self, n=1):
        items = self._live()
        if len(items) > 1:
            self._state += 1
            n = n % len(items)
            if n:
                items[:] = items[-n:] + items[:-n]
    def clear(self):
        self._state += 1
        self._items.clear()
        self._head = 0
    def count(self, x):
        return self._items[self._head:].count(x)
    def index(self, x, *args):
        items = self._items[self._head:]
        try:
            return items.index(x, *args)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None
    def remove(self, x):
        items = self._live()
        for i in range(len(items)):
            if items[i] is x or items[i] == x:
                self._state += 1
                del items[i]
                return
        raise ValueError(f"{x!r} is not in deque")
    def insert(self, i, x):
        items = self._live()
        if self._maxlen is not None and len(items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        items.insert(i, x)
    def reverse(self):
        self._state += 1
        self._live().reverse()
    def copy(self):
        return self.__class__(self._items[self._head:], self._maxlen)
    __copy__ = copy
    def __len__(self):
        return len(self._items) - self._head
    def __bool__(self):
        return len(self._items) > self._head
    def __iter__(self):
        state = self._state
        items = self._items
        n = len(items)
        head = self._head
        i = head
        while True:
            if self._state != state or len(items) != n or self._head != head:
                raise RuntimeError("deque mutated during iteration")
            if i >= len(self._items):
                return
            yield self._items[i]
            i += 1
    def __reversed__(self):
        state = self._state
        items = self._items
        n = len(items)
        head = self._head
        i = n - 1
        while True:
            if self._state != state or len(items) != n or self._head != head:
                raise RuntimeError("deque mutated during iteration")
            if i < self._head:
                return
            yield self._items[i]
            i -= 1
    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i
    def __getitem__(self, i):
        return self._items[self._index(i)]
    def __setitem__(self, i, v):
        self._items[self._index(i)] = v
    def __delitem__(self, i):
        j = self._index(i)
        self._state += 1
        del self._items[j]
    def __contains__(self, x):
        for i in range(self._head, len(self._items)):
            if self._items[i] is x or self._items[i] == x:
                return True
        return False
    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] == other._items[other._head:]
    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] != other._items[other._head:]
    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] < other._items[other._head:]
    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] <= other._items[other._head:]
    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] > other._items[other._head:]
    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] >= other._items[other._head:]
    __hash__ = None
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return self.__class__(self._items[self._head:] + other._items[other._head:], self._maxlen)
    def __iadd__(self, other):
        self.extend(other)
        return self
    def __mul__(self, n):
        return self.__class__(self._items[self._head:] * n, self._maxlen)
    __rmul__ = __mul__
    def __imul__(self, n):
        items = self._items[self._head:] * n
        self.clear()
        self.extend(items)
        return self
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)
    def __reduce__(self):
        return (self.__class__, (self._items[self._head:], self._maxlen))
    def __repr__(self):
        # A deque inside itself prints as [...], as Py_ReprEnter makes CPython's repr do.
        if id(self) in _repr_running:
            return "[...]"
        _repr_running.add(id(self))
        try:
            items = repr(self._items[self._head:])
        finally:
            _repr_running.discard(id(self))
        if self._maxlen is None:
            return f"deque({items})"
        return f"deque({items}, maxlen={self._maxlen})"


_repr_running = set()


class _GenericAlias:
    # `deque[int]`: what types.GenericAlias prints.
    def __init__(self, origin, item):
        self.__origin__ = origin
        self.__args__ = item if isinstance(item, tuple) else (item,)
    def __repr__(self):
        args = ", ".join(a.__name__ if isinstance(a, type) else repr(a) for a in self.__args__)
        return f"collections.{self.__origin__.__name__}[{args}]"
