sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 42)())
add = lambda a, b=10, *rest, **kw: (a + b, rest, kw)
print(add(1), add(1, 2), add(1, 2, 3, 4, k="v"))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(sorted([(2, "b"), (1, "c"), (3, "a")], key=lambda p: p[1]))
print(list(filter(lambda n: n % 3 == 0, range(12))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
kwonly = lambda *, key: key * 2
print(kwonly(key="ab"))
print(type(sq).__name__, callable(sq))
