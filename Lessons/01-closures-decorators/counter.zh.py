# 每次调用 make_counter 都会为 `count` 新建一个 cell。


def make_counter():
    count = 0

    def increment():
        nonlocal count  # 给外层的 count 赋值，而不是新建局部变量
        count += 1
        return count

    return increment


tick = make_counter()
tock = make_counter()
print(tick(), tick(), tick())
print(tock())
cell = tick.__closure__[0]
print(len(tick.__closure__), "cell, holding", cell.cell_contents)
print(tick.__closure__[0] is tock.__closure__[0])


def broken_counter():
    count = 0

    def increment():
        count += 1  # 没有 nonlocal：count 是局部变量，赋值前就被读取
        return count

    return increment


try:
    broken_counter()()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
