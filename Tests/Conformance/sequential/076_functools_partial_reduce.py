from functools import partial, reduce
import functools
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(2), square(10, mod=7))
two_to = partial(power, 2)
print(two_to(10), two_to(exp=5))
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2("1011"), int2("111"))
p = partial(print, "prefix:", sep="|")
p("a", "b")
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, c: c + acc, "abc", ""))
print(reduce(lambda a, b: a + b, [], "init"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
nested = reduce(lambda acc, k: {k: acc}, ["c", "b", "a"], "leaf")
print(nested)
print(functools.reduce(lambda a, b: a | b, [{1}, {2}, {3}]))
