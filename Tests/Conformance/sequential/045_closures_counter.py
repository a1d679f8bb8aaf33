def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
a = counter()
b = counter(100)
print(a(), a(), b(), a(5), b(10))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache))
def adder(x):
    def add(y):
        def add2(z):
            return x + y + z
        return add2
    return add
print(adder(1)(2)(3))
def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = account(10)
print(dep(5), wd(3), wd(100), dep(0))
print(a.__name__, a.__qualname__)
