# conformance: full-stderr
# warnings: the default filters, registries and actions, catch_warnings, showwarning and
# formatwarning replaced, warn_explicit, and the compiler's SyntaxWarnings going through them.
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("careful")


print("start")
helper()
helper()             # the same place: shown once (the default action)
old_api()            # charged to __main__: shown
warnings.warn("plain")
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("far up", stacklevel=10)
for i in range(3):
    warnings.warn("in a loop %d" % (i % 2))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    helper()
    helper()
    old_api()
    warnings.warn("x", UserWarning)
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], [w.lineno for w in log])
print(log[0].filename.endswith("108_warnings.py"), str(log[0]).split(",")[1:3])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        helper()
    except UserWarning as e:
        print("raised:", e, type(e).__name__)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="ign.*")
    warnings.warn("ignore me")
    warnings.warn("IGNORE me too")
    warnings.warn("shown")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    warnings.warn("o")
    warnings.warn("o")
    helper()
    print(len(log))

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  code line  "), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))
print(warnings.filters[:2] if False else len(warnings.filters) >= 5)
try:
    warnings.warn("bad", category=5)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)


def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)


saved = warnings.showwarning
warnings.showwarning = show
warnings.warn("diverted")
warnings.showwarning = saved
warnings.warn_explicit("explicit", UserWarning, "other.py", 42)
warnings.warn_explicit("explicit2", DeprecationWarning, "other.py", 42)
warnings.warn_explicit("explicit3", DeprecationWarning, "__main__.py", 42, module="__main__")
print(catch := warnings.catch_warnings(record=True), warnings.catch_warnings())
warnings.resetwarnings()
warnings.warn("dep after reset", DeprecationWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile("x is 1", "<s>", "exec")
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in log])
warnings.simplefilter("ignore")
compile("x is 1", "<s>", "exec")
warnings.simplefilter("error")
try:
    compile("y = 2\nx is 1", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e, e.lineno, e.offset, e.filename, repr(e.text))
print(eval("1 is 1"))
