# range() of bounds beyond the engine's machine-word ranges (Objects/rangeobject.c's
# long-integer case): `range(10**20)[5]`, `10**19 in range(10**20)`, its repr and iteration.
# The engine's own `range` makes one of these when a bound is a big int.


class range:
    __slots__ = ("start", "stop", "step")

    def __init__(self, start, stop, step):
        if step == 0:
            raise ValueError("range() arg 3 must not be zero")
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "stop", stop)
        object.__setattr__(self, "step", step)

    def _length(self):
        if self.step > 0:
            n = (self.stop - self.start + self.step - 1) // self.step
        else:
            n = (self.start - self.stop - self.step - 1) // -self.step
        return max(n, 0)

    def __len__(self):
        n = self._length()
        if n > 9223372036854775807:
            raise OverflowError("Python int too large to convert to C ssize_t")
        return n

    def __bool__(self):
        return self._length() > 0

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("slicing a range of big ints is not supported by the tutor")
        i = i.__index__() if not isinstance(i, int) else i
        n = self._length()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("range object index out of range")
        return self.start + i * self.step

    def __contains__(self, x):
        if not isinstance(x, int):
            return any(x == v for v in self)
        if self.step > 0:
            inside = self.start <= x < self.stop
        else:
            inside = self.stop < x <= self.start
        return inside and (x - self.start) % self.step == 0

    def __iter__(self):
        v, n = self.start, self._length()
        while n > 0:
            yield v
            v += self.step
            n -= 1

    def __reversed__(self):
        n = self._length()
        v = self.start + (n - 1) * self.step
        while n > 0:
            yield v
            v -= self.step
            n -= 1

    def count(self, x):
        return 1 if x in self else 0

    def index(self, x):
        if x not in self:
            raise ValueError(f"{x!r} is not in range")
        return (x - self.start) // self.step

    def __eq__(self, other):
        if not isinstance(other, range):
            return NotImplemented
        a, b = self._length(), other._length()
        if a != b:
            return False
        if a == 0:
            return True
        if self.start != other.start:
            return False
        return a == 1 or self.step == other.step

    def __hash__(self):
        n = self._length()
        if n == 0:
            return hash((0, None, None))
        return hash((n, self.start, self.step if n > 1 else None))

    def __repr__(self):
        if self.step == 1:
            return f"range({self.start}, {self.stop})"
        return f"range({self.start}, {self.stop}, {self.step})"

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")


range.__module__ = "builtins"
