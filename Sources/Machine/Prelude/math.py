def comb(n, k):
    if k < 0 or k > n:
        return 0
    r = 1
    for i in range(min(k, n - k)):
        r = r * (n - i) // (i + 1)
    return r

def perm(n, k=None):
    if k is None:
        k = n
    if k < 0 or k > n:
        return 0
    r = 1
    for i in range(k):
        r *= n - i
    return r

def prod(iterable, *, start=1):
    r = start
    for x in iterable:
        r = r * x
    return r

def lcm(*integers):
    r = 1
    for x in integers:
        if x == 0:
            return 0
        r = abs(r * x) // gcd(r, x)
    return r
