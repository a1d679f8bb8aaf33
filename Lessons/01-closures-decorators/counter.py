# Each call of make_counter creates a new cell for `count`.


def make_counter():
    count = 0

    def increment():
        nonlocal count  # assign to the enclosing count, not a new local
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
        count += 1  # no nonlocal: count is local here, read before set
        return count

    return increment


try:
    broken_counter()()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
