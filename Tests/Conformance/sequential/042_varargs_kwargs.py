def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
show()
show(1, 2)
show(a=1)
show(1, "x", key=[1], other=None)
def total(first, *more):
    return first + sum(more)
print(total(1), total(1, 2, 3))
def pass_through(*args, **kwargs):
    return show(*args, **kwargs)
pass_through(9, 8, z=7)
def config(**opts):
    for k in opts:
        print(k, "=", opts[k])
config(host="localhost", port=8080, debug=True)
def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(*range(4), **{"c": 0, "zz": 1}))
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1, c=1, **{"c": 2})
except TypeError as e:
    print("TypeError:", e)
