names = [ArithmeticError, ZeroDivisionError, OverflowError, LookupError, IndexError, KeyError,
         ValueError, UnicodeDecodeError, TypeError, NameError, UnboundLocalError, AttributeError,
         RuntimeError, RecursionError, NotImplementedError, StopIteration, GeneratorExit,
         KeyboardInterrupt, SystemExit, OSError, BlockingIOError, ConnectionError,
         ConnectionResetError, TimeoutError, FileNotFoundError, AssertionError, ImportError,
         ModuleNotFoundError, EOFError, MemoryError]
for cls in names:
    print(cls.__name__, "->", cls.__bases__[0].__name__,
          issubclass(cls, Exception), issubclass(cls, BaseException))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ConnectionResetError.__mro__])
class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
for exc in [KeyboardInterrupt(), SystemExit(2), GeneratorExit()]:
    try:
        try:
            raise exc
        except Exception:
            print("not caught by Exception")
    except BaseException as e:
        print("BaseException caught", type(e).__name__)
