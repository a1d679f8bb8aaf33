# logging.basicConfig: every keyword check and its message, what a failing call leaves
# behind, force, a second call doing nothing, the default format of each style, files.
import logging
import os
import sys


def reset():
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)
        h.close()
    logging.root.setLevel(logging.WARNING)


def attempt(**kwargs):
    try:
        logging.basicConfig(**kwargs)
        print("ok   ", sorted(kwargs), [type(h).__name__ for h in logging.root.handlers],
              logging.getLevelName(logging.root.level))
    except (ValueError, TypeError) as e:
        print("error", sorted(kwargs), type(e).__name__, e, "| handlers left:", len(logging.root.handlers))
    reset()


attempt(stream=sys.stdout, filename="x.log")
attempt(stream=sys.stdout, handlers=[logging.StreamHandler()])
attempt(filename="x.log", handlers=[])
attempt(filemode="w", handlers=[])
attempt(style="%%")
attempt(style="{", format="no fields")
attempt(style="$", format="$")
attempt(format="%(nothing")
attempt(bogus=1, other=2)
attempt(level="LOUD")
attempt(level=3.5)
attempt(level="INFO")
attempt(level=None)
attempt(handlers=[])
attempt(stream=None)
attempt(filename=None, stream=sys.stdout)
attempt(force=True, level=5)
print(os.path.exists("x.log"))

# The second call does nothing while the root has handlers, even with bad arguments.
logging.basicConfig(stream=sys.stdout, format="first: %(message)s")
print(logging.basicConfig(bogus=1, stream=sys.stdout, filename="never.log"))
logging.warning("still the first configuration")
logging.basicConfig(stream=sys.stdout, format="forced: %(message)s", force=True)
logging.warning("after force")
print(len(logging.root.handlers), os.path.exists("never.log"))

for style in "%{$":
    logging.basicConfig(stream=sys.stdout, style=style, force=True)
    logging.warning("default format for style %s", style)
    print(repr(logging.root.handlers[0].formatter._fmt))
logging.basicConfig(stream=sys.stdout, force=True, style="{", format="{levelname}|{message}", datefmt="%H")
logging.error("brace")
print(logging.root.handlers[0].formatter.datefmt)

# Handlers keep a formatter of their own; the others share basicConfig's.
own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter("own: %(message)s"))
logging.basicConfig(handlers=[own, logging.StreamHandler(sys.stdout)], force=True, format="shared: %(message)s")
logging.warning("two handlers")
print(logging.root.handlers[1].formatter._fmt, logging.root.handlers[0].formatter._fmt)

# A failing call after handlers were made: the error, and what stays configured.
try:
    logging.basicConfig(force=True, stream=sys.stdout, level="NOPE")
except ValueError as e:
    print(e, logging.root.handlers, logging.root.level)
try:
    logging.basicConfig(force=True, stream=sys.stdout, unknown=True)
except ValueError as e:
    print(e, logging.root.handlers)
reset()

# Files on the file system: filemode, appending, the level, the handler's attributes.
logging.basicConfig(filename="app.log", filemode="w", level=logging.DEBUG, format="%(levelname)s:%(message)s")
h = logging.root.handlers[0]
print(type(h).__name__, h.mode, h.encoding, h.errors, os.path.basename(h.baseFilename), h.baseFilename == os.path.abspath("app.log"))
logging.debug("debug goes to the file")
logging.info("so does %s", "info")
logging.basicConfig(filename="app.log", force=True, format="again:%(message)s")
logging.warning("appended")
reset()
with open("app.log") as f:
    print(f.read(), end="")
logging.basicConfig(filename="bin.log", filemode="ab", force=True)
h = logging.root.handlers[0]
print(h.mode, h.encoding, h.errors)
reset()
fh = logging.FileHandler("lazy.log", mode="w", delay=True, encoding="utf-8")
print(fh.stream, os.path.exists("lazy.log"), fh.encoding)
fh.close()
print(os.path.exists("lazy.log"), fh.stream)
for name in ("app.log", "bin.log"):
    os.remove(name)
print(logging.root.handlers, logging.getLevelName(logging.root.level))
