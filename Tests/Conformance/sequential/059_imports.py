import sys
import math
import functools as ft
from collections import deque, Counter as C
from itertools import count, islice
from math import sqrt, pi as PI
import json, struct
print(sys.__name__, math.__name__, ft.__name__, json.__name__, struct.__name__)
print(sqrt(16), round(PI, 5), math.floor(2.7))
print(list(islice(count(5), 3)), deque([1, 2]), C("aab")["a"])
print(ft.reduce(lambda a, b: a * b, range(1, 6)))
def local_import():
    import time
    return time.__name__
print(local_import())
import math as m2
print(m2 is math, "math" in sys.modules)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
