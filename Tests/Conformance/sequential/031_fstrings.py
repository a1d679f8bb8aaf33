name, n, pi = "Ada", 42, 3.14159265
print(f"{name} is {n}", f"{name!r}", f"{name!s}", f"{n!r}")
print(f"{pi:.2f}|{pi:8.3f}|{pi:<8.1f}|{pi:e}|{pi:.3g}|{1e20:g}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{-n:+d}|{n: d}")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}|{n:08b}")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}")
print(f"{0.25:%}|{0.256:.1%}")
print(f"[{name:>10}]|[{name:<10}]|[{name:^10}]|[{name:*^11}]")
print(f"{n * 2 + 1}", f"{'nested quotes'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
print(f"{{literal braces}}", f"{n}{{}}")
print(f"{name=}", f"{n * 2=}", f"{pi=:.1f}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:>{width}}]")
print(f"{'x' if n > 10 else 'y'}", f"{(lambda v: v + 1)(1)}")
print(f"{3.0}|{1e-05}|{1e16}|{float('inf')}|{None}|{True}")
print(f"{'tab'!r:>8}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"{P()}|{P():abc}|{P()!r}|{P()!s}")
print(f"{12.5:g}|{12.0:g}|{0.0001:g}|{123456789.0:g}")
print(f"{5:}|{'s':3}|{7:3}")
