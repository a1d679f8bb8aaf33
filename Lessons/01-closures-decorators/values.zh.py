# 函数是值：可以保存、传递、返回。


def double(x):
    return x * 2


def negate(x):
    return -x


# 函数和其他对象一样，可以放在变量里……
also_double = double
print(also_double(21))
print(also_double is double, double.__name__)

# ……可以放在字典里，运行时按键挑选……
actions = {"double": double, "negate": negate}
for name in ["negate", "double", "double"]:
    print(name, actions[name](5))


# ……还可以交给另一个函数，由它决定何时调用。
def apply_twice(func, value):
    return func(func(value))


print(apply_twice(double, 3))
print(apply_twice(negate, 3))
print(sorted(["pear", "fig", "banana"], key=len))
