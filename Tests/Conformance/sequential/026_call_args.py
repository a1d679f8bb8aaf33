def f(a, b, c=3, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, z=26))
print(f(b=2, a=1, d=0, e=9))
args = [10, 20, 30, 40]
kw = {"d": "D", "x": "X"}
print(f(*args, **kw))
print(f(*[1], *[2, 3], d=1, **{"y": 1}, **{"w": 2}))
def g(x, y, /, z):
    return x, y, z
print(g(1, 2, 3), g(1, 2, z=3))
print(max(*[3, 9, 2]), print(*"abc", sep="-"))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, a=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
def h(x):
    return x
try:
    h(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    h(q=1)
except TypeError as e:
    print("TypeError:", e)
