import builtins
print(builtins.len("abc"), builtins.print, builtins.len, builtins.__name__, builtins)
builtins.my_global = 99
print(my_global)
print(type(__builtins__).__name__)
def f(): return my_global + 1
print(f(), builtins.int is int)
print(hasattr(builtins, "open"), "len" in dir(builtins), builtins.__dict__["abs"](-3))
import sys
print(sys.modules["builtins"] is builtins, callable(builtins.eval))
print(repr(eval), repr(exec), repr(compile), repr(sys.displayhook))
builtins.print("through the module", sep="")
original_len = builtins.len
def shout_len(x):
    return original_len(x) * 100
builtins.len = shout_len
print(len("ab"))
builtins.len = original_len
print(len("ab"), [name for name in ("abs", "min", "zip", "complex", "eval") if hasattr(builtins, name)])
del builtins.my_global
try:
    my_global
except NameError as e:
    print("NameError", e)
