# conformance: full-stderr
# Warnings the library modules issue: random.randrange's non-integer arguments, logging's
# deprecated warn(); and logging.captureWarnings sending warnings to the 'py.warnings' logger.
import random, logging, warnings, io
random.seed(1)
print(random.randrange(5.0), random.randrange(1, 5.0), random.randrange(0, 10, 2.0), random.randint(1.0, 3))
try:
    random.randrange(5.5)
except ValueError as e:
    print(e)
logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.warn("old style")
logging.warn("module old style")
logging.LoggerAdapter(log, {}).warn("adapter")
logging.captureWarnings(True)
warnings.warn("to the log")
logging.captureWarnings(False)
warnings.warn("to stderr again")
buf = io.StringIO()
logging.captureWarnings(True)
warnings.showwarning("to a file", UserWarning, "f.py", 1, file=buf)
logging.captureWarnings(False)
print(repr(buf.getvalue()))
