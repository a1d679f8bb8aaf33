for n in [-3, 0, 7]:
    print(n, "negative" if n < 0 else "zero" if n == 0 else "positive")
x = 5
print("big" if x > 3 else "small", [i if i % 2 else -i for i in range(6)])
def side(msg, v):
    print("eval", msg)
    return v
print(side("then", 1) if side("cond", True) else side("else", 2))
print(side("then", 1) if side("cond", False) else side("else", 2))
f = (lambda a: a * 2) if x else (lambda a: a)
print(f(21))
print(abs(x) if x is not None else 0)
y = None
print(y if y is not None else "default")
print((1 if True else 2) + (3 if False else 4))
