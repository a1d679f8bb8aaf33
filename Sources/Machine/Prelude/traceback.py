# traceback: printing and formatting exceptions as the interpreter does (the engine's own formatter, _thread.format_exception).
import sys
import _thread


def _exception(exc, value):
    # 3.10+: print_exception(exc); the old form (type, value, tb) passes the instance second.
    if isinstance(exc, BaseException):
        return exc
    return value


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    e = _exception(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    text = _thread.format_exception(e)
    return [line + "\n" for line in text.rstrip("\n").split("\n")]


def format_exception_only(exc, /, value=None):
    e = _exception(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    message = str(e)
    name = type(e).__qualname__
    module = type(e).__module__
    if module not in ("builtins", "__main__"):
        name = module + "." + name
    return [name + (": " + message if message else "") + "\n"]


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, end="", file=file)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
