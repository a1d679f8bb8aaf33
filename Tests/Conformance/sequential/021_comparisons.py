print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 == 1.0, 1 != 2)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 1 == 1 == 1.0, 3 > 2 > 1 > 0)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(3))
print("abc" == "abc", "a" < "b" < "c", [1, 2] < [1, 2, 0])
print((1, "a") < (1, "b"), {1: 2} == {1: 2}, None == 0)
print(float("nan") < 1, float("nan") > 1, float("inf") > 10 ** 400)
print(10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None > 0)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", [] == (), "1" != 1)
