vals = [0.1, 0.5, 1.0, 2.5, 1e20, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1e-4,
        1.5e300, 1e22, 0.1 + 0.2, 1 / 3, 2 / 3, -0.0, 100.0, 3.14159, 1e100]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(float("1e500"), -float("1e500"))
print(1e308 * 10, 2.0 ** 0.5)
print(float("3.5"), float(" -2 "), float(7))
print(12345678901234567890.0)
print(0.1 * 3, 1.1 + 2.2)
print([1.0, 2.5, 1e-7], (0.5,))
print(float("nan") == float("nan"))
print(5e-324, 2.2250738585072014e-308)
print(1.0 == 1, hash(1.0) == hash(1))
