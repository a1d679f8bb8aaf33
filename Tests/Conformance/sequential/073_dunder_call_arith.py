class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        print("iadd in place")
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, b / 2, -a, abs(b), a == Vec(1, 2))
c = a
c += b
print(a, c is a)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a @ b
except TypeError as e:
    print("TypeError:", e)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return x + self.n * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(a))
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return f"radd({o})"
    def __floordiv__(self, o):
        return self.v // o
    def __mod__(self, o):
        return self.v % o
    def __pow__(self, o):
        return self.v ** o
    def __lt__(self, o):
        return self.v < o
print(1 + Num(2), Num(7) // 2, Num(7) % 4, Num(2) ** 5, Num(1) < 2)
try:
    Num(1) + Num(2)
except TypeError as e:
    print("TypeError:", e)
