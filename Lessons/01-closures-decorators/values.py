# Functions are values: store them, pass them, return them.


def double(x):
    return x * 2


def negate(x):
    return -x


# A function is an object like any other: it can sit in a variable...
also_double = double
print(also_double(21))
print(also_double is double, double.__name__)

# ...in a dict, chosen by a key at run time...
actions = {"double": double, "negate": negate}
for name in ["negate", "double", "double"]:
    print(name, actions[name](5))


# ...and be handed to another function that decides when to call it.
def apply_twice(func, value):
    return func(func(value))


print(apply_twice(double, 3))
print(apply_twice(negate, 3))
print(sorted(["pear", "fig", "banana"], key=len))
