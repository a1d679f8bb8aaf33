# Calls, returns, generator resumes and yields back to back, as the engine switches frames
# without leaving its fast loop: results, generator states, errors raised across the
# switches, the recursion limit, and collections while generators are running.
import sys


def add(a, b=10):
    return a + b


def make_adder(n):
    def adder(x):
        return x + n
    return adder


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Bad:
    def __init__(self):
        return 1


def count(n):
    for i in range(n):
        yield i
    return "done"


def squares(src):
    for x in src:
        yield x * x


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


print([add(i) for i in range(5)], add(1, 2), make_adder(5)(1))
m = Box(3).get
print(m(), [Box(i).get() for i in range(3)], [make_adder(i)(i) for i in range(4)])
attempt("bad init", lambda: Bad())
attempt("missing arg", lambda: add())
attempt("too many", lambda: add(1, 2, 3))

print(list(squares(count(5))), sum(squares(count(10))), max(count(7)))
for x in squares(squares(count(4))):
    print("chained", x)


def outer():
    r = yield from count(2)
    yield r


print(list(outer()))


def watcher():
    yield gen.gi_running


gen = watcher()
print("running inside", next(gen))
g2 = count(3)
for x in g2:
    print("consumer sees", x, g2.gi_running)


def selfish():
    yield 1
    for x in me:
        yield x


me = selfish()
attempt("reentrant", lambda: [v for v in me])
print("after", list(me))


def boom():
    yield 1
    raise KeyError("k")


attempt("boom", lambda: [v for v in boom()])


def evens():
    for x in count(10):
        if x % 2 == 0:
            yield x


src = count(3)
print([(a, next(src, None)) for a in evens()])


def allocs(n):
    for i in range(n):
        yield [i] * 3, str(i), {i: i}


def pipe(n):
    for a, s, d in allocs(n):
        yield len(a) + len(s) + len(d)


print(sum(pipe(6000)), sum(x for x in pipe(3000) if x > 6))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
attempt("deep", lambda: depth(5000))


def nest(n):
    if n:
        yield from nest(n - 1)
    else:
        yield "bottom"


print(list(nest(50)))
attempt("deep gen", lambda: list(nest(5000)))
print(depth(10), list(count(2)))


def inner(x):
    return 10 // x


def gen_div():
    for x in [2, 1, 0]:
        yield inner(x)


def main():
    for v in gen_div():
        print("got", v)


main()
