print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("b", "a", key=str.upper))
print(max([], default="empty"), min((), default=None), max([1, 3, 2], key=lambda x: -x))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []))
print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(round(3.14159, 2), round(2.5), round(-1.5), round(1.0), round(5.5), type(round(2.5)).__name__)
print(round(123.456, -1), round(123, -1), round(0.125, 2))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2), divmod(0, 3))
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(2.0, 3))
print(max(1, 2.5), min(-1, -1.0), max([[1, 2], [1, 3]]))
print(sum(range(10 ** 5)), sum(x * x for x in range(10)))
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(int.__name__, float("1e3"), int(1e3), float(10 ** 20))
print(-7 // 2, -7 % 2, int(-7 / 2), round(-7 / 2))
