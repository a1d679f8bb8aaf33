# 闭包在运行时才查找变量，而不是在创建时。


def make_late():
    getters = []
    for i in range(3):
        getters.append(lambda: i)  # 所有 lambda 共用 cell `i`
    print("inside, before return:", [g() for g in getters])
    i = 10  # 改变这个变量，每个 lambda 都会看到
    return getters


late = make_late()
print("late:", [g() for g in late])
first_cell = late[0].__closure__[0]
print("cells:", [g.__closure__[0] is first_cell for g in late])


def make_bound():
    getters = []
    for i in range(3):
        getters.append(lambda i=i: i)  # 默认值此刻就计算好
    return getters


print("bound:", [g() for g in make_bound()])


def make_getter(n):  # 工厂函数：每次调用都有自己的 `n` cell
    return lambda: n


print("factory:", [make_getter(i)() for i in range(3)])
