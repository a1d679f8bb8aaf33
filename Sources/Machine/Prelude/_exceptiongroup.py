# BaseExceptionGroup and ExceptionGroup (Objects/exceptions.c, PEP 654): built-ins written in Python, put in the builtins on first use.
class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __new__(cls, message, exceptions, /):
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s" % type(message).__name__)
        if not isinstance(exceptions, (list, tuple)):
            raise TypeError("second argument (exceptions) must be a sequence")
        items = tuple(exceptions)
        if not items:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        nested_base = False
        for i, e in enumerate(items):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif nested_base and issubclass(cls, Exception):
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = super().__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = items
        return self

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_like(self, excs):
        eg = self.derive(excs)
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        return eg

    def split(self, condition):
        match = _matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(condition)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        return (self._derive_like(matched) if matched else None,
                self._derive_like(rest) if rest else None)

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")
