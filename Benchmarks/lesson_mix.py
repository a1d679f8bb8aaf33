# Lesson-style code: closures, decorators, method calls, f-strings, comprehensions.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

@logged
def area(w, h):
    return w * h

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

inc = make_counter()
total = 0
labels = []
for i in range(60_000):
    total += area(i, 3) + inc()
    p = Point(i, i + 1)
    q = Point(i % 7, 2)
    total += p.dist2(q)
    squares = [k * k for k in range(10)]
    table = {k: str(k) for k in range(5)}
    total += sum(squares) + len(table)
    if i % 2000 == 0:
        labels.append(f"{i}: {p!r} {total:>12,}")
print(total)
print(len(labels), labels[-1])
