import errno
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, str(e), repr(e), e.args)
print(str(OSError("plain")), OSError("plain").errno)
print(str(OSError(2, "No such file", "f.txt")))
b = BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")
print(b, isinstance(b, OSError), b.errno == errno.EAGAIN)
print(errno.EAGAIN, errno.ECONNRESET, errno.ETIMEDOUT, errno.ENOENT, errno.EPIPE)
for cls in [BlockingIOError, ConnectionResetError, TimeoutError, BrokenPipeError, ConnectionRefusedError]:
    try:
        raise cls("simulated")
    except OSError as err:
        print(type(err).__name__, err, issubclass(cls, OSError))
try:
    raise ConnectionResetError(errno.ECONNRESET, "Connection reset by peer")
except ConnectionError as err:
    print("ConnectionError caught:", err, err.errno)
print(type(OSError(errno.EAGAIN, "x")).__name__, type(OSError(errno.ECONNRESET, "x")).__name__,
      type(OSError(errno.ETIMEDOUT, "x")).__name__, type(OSError(errno.ENOENT, "x")).__name__)
try:
    raise TimeoutError
except TimeoutError as err:
    print(repr(err), err.errno)
