def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safer(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safer(1), safer(2))
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(1, c=0, b=9))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
def nothing():
    pass
print(nothing(), nothing.__name__)
def doc():
    """Docstring here."""
    return 1
print(doc.__doc__, greet.__defaults__, kw.__kwdefaults__)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
def outer_default(x=len("abc")):
    return x
print(outer_default())
def early(n):
    for i in range(n):
        if i == 2:
            return i
    return None
print(early(5), early(1))
