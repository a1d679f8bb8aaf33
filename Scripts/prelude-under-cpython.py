#!/usr/bin/env python3
"""Runs a program under CPython with some of the tutor's Python preludes in place of the real
modules, so a prelude written against CPython's behaviour can be compared with the real thing
before the engine runs it.

    Scripts/prelude-under-cpython.py asyncio PROGRAM.py [ARGS...]
    Scripts/prelude-under-cpython.py gevent,greenlet PROGRAM.py      # with a venv's python

The first argument names prelude module families (comma-separated): `asyncio` takes
`Sources/Machine/Prelude/asyncio.py` and every `asyncio.*.py` beside it. Only those come from
the preludes; everything else (threading, time, ...) is CPython's own.
"""
import importlib.abc
import importlib.util
import os
import runpy
import sys

PRELUDE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "Machine", "Prelude")


class PreludeFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self, families):
        self.families = families

    def _path(self, name):
        if name.split(".")[0] not in self.families:
            return None
        path = os.path.join(PRELUDE, name + ".py")
        return path if os.path.exists(path) else None

    def find_spec(self, name, path=None, target=None):
        file = self._path(name)
        if file is None:
            return None
        # Every prelude may have submodules (`asyncio.queues.py`), so each is a package.
        return importlib.util.spec_from_loader(name, self, origin=file, is_package=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        file = self._path(module.__name__)
        module.__file__ = file
        with open(file, encoding="utf-8") as f:
            exec(compile(f.read(), file, "exec"), module.__dict__)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    families = set(sys.argv[1].split(","))
    sys.meta_path.insert(0, PreludeFinder(families))
    program = sys.argv[2]
    sys.argv = sys.argv[2:]
    runpy.run_path(program, run_name="__main__")


if __name__ == "__main__":
    main()
