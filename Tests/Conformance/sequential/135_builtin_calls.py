# Built-in functions and constructors called with zero, one and two arguments, from loops,
# from inside each other (a __str__ or __len__ that calls built-ins), and failing: results,
# messages and tracebacks as CPython's.


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items) + len(str(len(self.items)))

    def __str__(self):
        return "Box(" + str(len(self)) + ", " + repr(max(self.items, default=None)) + ")"


boxes = [Box(list(range(n))) for n in range(4)]
print([len(b) for b in boxes], [str(b) for b in boxes])
print(str(boxes[2]), len(boxes[3]), abs(-len(boxes[1])), divmod(len(boxes[3]), 2))
print(list(range(len(Box([1, 2, 3])))), hex(len(Box([0] * 11))), bool(), int(), str(), float())

total = 0
for i in range(200):
    total += len(str(i)) + abs(i - 100) + max(i, 50) + min(i, 7) + int(str(i % 13))
print(total)
print(sum(x * x for x in range(10)), sum([len(str(b)) for b in boxes]), sorted({3, 1, 2}))

for bad in [lambda: len(5), lambda: len(), lambda: abs("x"), lambda: divmod(1, 0),
            lambda: range("a"), lambda: int("12x"), lambda: max(),
            lambda: len(Box(None))]:
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

# sums that stay ints, overflow into big ints, mix kinds, or add floats in order
big = 2**62
print(sum([big, big, big]), sum([1, 2.5, 3]), sum([True, True, 3]), sum([0.1] * 10), sum(range(5), 0.5))
print(sum([1e16, 1.0, -1e16]), sum([-big, -big, -big, -big]), sum([], 7), sum([[1], [2]], []))
print(str(-45), str(big * big), str(0), list(range(-3)), list(range(2, -2)), list(range(True)))

# the argument array after a failure inside a nested call is still sound
class Flaky:
    def __str__(self):
        return str(len(None))


for attempt in range(2):
    try:
        str(Flaky())
    except TypeError as exc:
        print("attempt", attempt, exc, len("abc"), str(12), max(1, 2))


def deepest():
    return divmod(len("abcd"), len(""))


deepest()
