import importlib
import sys
jm = importlib.import_module("json")
print(jm.dumps([1, {"a": 2}]), jm is sys.modules["json"])
cf = importlib.import_module("concurrent.futures")
print(cf.__name__, hasattr(cf, "ThreadPoolExecutor"), "concurrent.futures" in sys.modules)
print(importlib.reload(jm) is jm)
names = ["math", "collections", "itertools"]
mods = [importlib.import_module(n) for n in names]
print([m.__name__ for m in mods], mods[0].sqrt(9))
try:
    importlib.import_module("no_such_module_x")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".relative")
except TypeError as e:
    print("TypeError", e)
try:
    importlib.import_module("")
except ValueError as e:
    print("ValueError", e)
try:
    importlib.reload("json")
except TypeError as e:
    print("TypeError", e)
importlib.invalidate_caches()
print(importlib.import_module("..futures", "concurrent.futures").__name__ if False else "ok")
