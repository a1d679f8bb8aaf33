names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, 10)))
print(list(zip(names, [1, 2, 3, 4])), list(zip()), list(zip("ab", "cd", "ef")))
print(dict(zip(names, range(3))))
print(list(map(len, names)), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda s: "b" in s, names)))
print(list(reversed(names)), list(reversed((1, 2))), "".join(reversed("abc")))
print(sorted(names, reverse=True), sorted([3, 1, 2], key=lambda x: -x))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
m = map(str.upper, "ab")
print(type(m).__name__, list(m), list(m))
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z))
e = enumerate("xy")
print(next(e), list(e))
print(type(reversed([])).__name__, type(iter([])).__name__, type(iter({})).__name__)
def calls():
    for i in range(3):
        print("yield", i)
        yield i
print(list(zip(calls(), "ab")))
for i, (a, b) in enumerate(zip("ab", "AB")):
    print(i, a, b)
try:
    next(iter([]))
except StopIteration as ex:
    print("StopIteration", ex.args)
try:
    reversed({1, 2})
except TypeError as ex:
    print("TypeError:", ex)
