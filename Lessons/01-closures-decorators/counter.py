import functools


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


tick = make_counter()
tock = make_counter()
print(tick(), tick(), tick())
print(tock())


def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"

    return wrapper


@shout
def greet(name):
    return "hello " + name


print(greet("ada"))
print(greet.__name__)
