a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
x = None
print(x is None, x is not None)
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "" in "abc", "z" not in "abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1, 2}, (1, 2) in [(1, 2)])
print(5 in range(10), 5.0 in range(10), "a" in ["a", "b"])
print(1 in [1.0], 0 in [False], [1] in [[1]])
def gen():
    yield 1
    yield 2
    yield 3
g = gen()
print(2 in g, list(g))
class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(3 in Box([1, 3]), 4 in Box([1, 3]))
e = []
f = e
f.append(1)
print(e, e is f)
