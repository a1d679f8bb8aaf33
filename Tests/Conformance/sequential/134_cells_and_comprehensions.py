# Closure cells read and written in loops, `**kwargs` forwarding, and comprehensions run
# many times: the fast paths for LOAD_DEREF/STORE_DEREF, an empty DICT_MERGE and a reused
# comprehension function must behave as the general ones.


def make_accumulator():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total

    def forget():
        nonlocal total
        del total

    def read():
        return total

    return add, forget, read, history


add, forget, read, history = make_accumulator()
for i in range(1, 6):
    add(i)
print(read(), history)
forget()
try:
    read()
except NameError as exc:
    print(type(exc).__name__, exc)
add_error = None
try:
    add(1)
except NameError as exc:
    add_error = exc
print(type(add_error).__name__, add_error)


def outer():
    def inner():
        return late
    try:
        inner()
    except NameError as exc:
        print(type(exc).__name__, exc)
    late = "bound now"
    return inner()


print(outer())


def forward(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@forward
def describe(a, b=2, *rest, sep="-", **extra):
    return sep.join(str(x) for x in (a, b) + rest) + (" " + str(sorted(extra.items())) if extra else "")


print(describe(1))
print(describe(1, 3, 5, 7))
print(describe(1, sep="+"))
print(describe(1, 2, flag=True, sep=":"))
try:
    describe(1, **{"a": 2})
except TypeError as exc:
    print("TypeError:", exc)
try:
    describe(*[1], **[("b", 2)])
except TypeError as exc:
    print("TypeError:", exc)

# unpacked calls of classes, bound methods, defaults and a list of arguments


class Pair:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def total(self, extra=0):
        return self.a + self.b + extra


pairs = [Pair(*(k, k + 1)) for k in range(3)] + [Pair(*(9,))]
print([p.total(*(1,)) for p in pairs], pairs[0].total(*()), Pair(*[4, 5]).total(**{}))
try:
    Pair(*(1, 2, 3))
except TypeError as exc:
    print("TypeError:", exc)
try:
    pairs[0].total(*(1, 2))
except TypeError as exc:
    print("TypeError:", exc)

# comprehensions run many times, in a function and at module level
def table(n):
    return {k: [j * k for j in range(3)] for k in range(n)}


sizes = []
for n in range(6):
    t = table(n)
    sizes.append(sum(len(v) for v in t.values()))
print(sizes, table(3))
grid = [[(r, c) for c in range(r)] for r in range(4)]
print(grid)
squares = set()
for _ in range(3):
    squares |= {k * k for k in range(5)}
print(sorted(squares))
