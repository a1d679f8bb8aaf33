# logging.shutdown runs at exit in atexit's order as if registered when logging was imported,
# flushing and closing every handler, newest first.
import atexit
atexit.register(print, "registered before logging")
import logging
atexit.register(print, "registered after logging")
class H(logging.Handler):
    def emit(self, r): pass
    def close(self):
        print("closing H")
logging.getLogger().addHandler(H())


class Named(logging.Handler):
    def __init__(self, name):
        super().__init__()
        self.label = name

    def emit(self, r):
        print(self.label, "got", r.getMessage())

    def flush(self):
        print("flush", self.label)

    def close(self):
        print("close", self.label)
        super().close()


log = logging.getLogger("x")
log.addHandler(Named("first"))
log.addHandler(Named("second"))
log.warning("hello")
print("end of program")
