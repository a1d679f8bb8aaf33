# Rebinding a function's __defaults__ and __kwdefaults__ changes what later calls see.
def f(a, b=1, c=2):
    return (a, b, c)

print(f(0), f.__defaults__)
f.__defaults__ = (10, 20)
print(f(0), f.__defaults__)
f.__defaults__ = (30,)
print(f(0, 5), f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
try:
    f(0, 1)
except TypeError as e:
    print("TypeError:", e)

def g(*, k=1):
    return k

print(g(), g.__kwdefaults__)
g.__kwdefaults__ = {"k": 7}
print(g(), g.__kwdefaults__)
g.__kwdefaults__ = None
try:
    g()
except TypeError as e:
    print("TypeError:", e)
try:
    g.__kwdefaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = [1]
