funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_bound():
    def mk(i):
        return lambda x: x * i
    return [mk(i) for i in range(4)]
print([m(2) for m in make_bound()])
def cell_shared():
    v = 1
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
get, set_ = cell_shared()
print(get()); set_(42); print(get())
def late():
    fs = [lambda: n for _ in range(2)]
    n = "assigned after"
    return fs
print([f() for f in late()])
print(funcs[0].__closure__, len(make_bound()[0].__closure__))
print(make_bound()[2].__closure__[0].cell_contents)
