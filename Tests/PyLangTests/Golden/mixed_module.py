counter = 0
def f(n):
    global counter
    while n > 0:
        counter += 1
        n -= 1
    for i in range(n):
        if i: continue
        print(i, end="")
    else:
        pass
    return [x*2 for x in range(3) if x]
def g():
    x = 1
    def h():
        nonlocal x
        x += 1
        yield x
        yield from h()
    return h
class C(B, metaclass=M):
    y = 1
    def m(self):
        return super().m()
try:
    a = 1
except (ValueError, KeyError) as e:
    b = 2
else:
    c = 3
finally:
    d = 4
with open(x) as f, g:
    pass
a, *b = c
x = f"{a!r:>{w}} {b=}"
