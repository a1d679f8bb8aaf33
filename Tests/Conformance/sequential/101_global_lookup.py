# Name lookups: globals, then builtins, with names bound at run time by computed strings,
# shadowing and unshadowing, class bodies, and NameError.


def measure(xs):
    return len(xs)


print(measure([1, 2, 3]), len("abcd"))

# A global whose name is built at run time (not the interned constant) shadows the builtin.
globals()["le" + "n"] = lambda xs: -1
print(measure([1, 2, 3]), len("abcd"))
del globals()["l" + "en"]
print(measure([1, 2, 3]), len("abcd"))

# Shadowing by an ordinary assignment at module level, then deleting it.
len = lambda xs: 99
print(measure("x"), len("x"))
del len
print(measure("x"), len("x"))


# A class body looks in its own namespace, then the globals, then the builtins.
class Box:
    range = "class attribute"
    seen = range
    total = sum([1, 2, 3])
    size = len("four")


print(Box.seen, Box.total, Box.size, list(range(3)))

# Builtins read in loops, at module level and in a function.
acc = 0
for i in range(5):
    acc += abs(-i) + len(str(i))
print(acc)


def loop():
    out = []
    for k in range(4):
        out.append(str(k) * min(k, 2))
    return out


print(loop())

# Unknown names raise NameError, with CPython's suggestion.
try:
    print(lenn("x"))
except NameError as e:
    print("NameError:", e)


def missing():
    return undefined_thing


try:
    missing()
except NameError as e:
    print("NameError:", e)
