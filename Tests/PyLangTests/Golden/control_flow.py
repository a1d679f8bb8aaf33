def w():
    while True:
        x()
        if y: break
    return 1
def k(a, b=2, *args, c, d=4, **kw):
    if a and b or c:
        pass
    return a < b < c
def t():
    try:
        return 1
    finally:
        print()
def s(x):
    assert x, "m"
    import os.path as p
    from a import b as c, d
    del x[1:2], p
    return x[1:2:3], {1: 2, **x}, [*x, 1], {1, 2}
