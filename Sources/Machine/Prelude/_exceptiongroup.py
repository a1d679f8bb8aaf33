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
        eg.__traceback__ = self.__traceback__
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


def _check_except_star_type(match_type):
    types = match_type if isinstance(match_type, tuple) else (match_type,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")


def _eg_match(exc, match_type):
    """CHECK_EG_MATCH (ceval.c exception_group_match): (match, rest)."""
    _check_except_star_type(match_type)
    if exc is None:
        return None, None
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        wrapped = BaseExceptionGroup("", (exc,))
        wrapped.__traceback__ = exc.__traceback__
        return wrapped, None
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(match_type)
    return None, exc


def _leaves(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, into)
    else:
        into.add(id(exc))
    return into


def _prep_reraise_star(orig, excs):
    """PREP_RERAISE_STAR (exceptions.c _PyExc_PrepReraiseStar): what the except* block raises.
    An exception whose leaves all come from the original group is re-raised (projected back
    onto the original's shape); any other was raised by a handler."""
    excs = [e for e in excs if e is not None]
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    original = _leaves(orig, set())
    raised, reraised = [], set()
    for e in excs:
        leaves = _leaves(e, set())
        if leaves <= original:
            reraised |= leaves
        else:
            raised.append(e)
    projected = orig.split(lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in reraised)[0] if reraised else None
    if not raised:
        return projected
    if projected is not None:
        raised.append(projected)
    return BaseExceptionGroup("", raised) if len(raised) > 1 else raised[0]
