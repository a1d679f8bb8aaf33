# Closures look a variable up when they run, not when they are made.


def make_late():
    getters = []
    for i in range(3):
        getters.append(lambda: i)  # all lambdas share the cell `i`
    print("inside, before return:", [g() for g in getters])
    i = 10  # change the variable and every lambda sees the change
    return getters


late = make_late()
print("late:", [g() for g in late])
first_cell = late[0].__closure__[0]
print("cells:", [g.__closure__[0] is first_cell for g in late])


def make_bound():
    getters = []
    for i in range(3):
        getters.append(lambda i=i: i)  # default computed right now
    return getters


print("bound:", [g() for g in make_bound()])


def make_getter(n):  # a factory: each call has its own `n` cell
    return lambda: n


print("factory:", [make_getter(i)() for i in range(3)])
