def ops(a, b, c):
    r = a + b - c * a / b // c % a ** b
    r = a << b >> c & a | b ^ c @ a
    r = -a, +b, ~c, not a
    r = a < b <= c == a != b > c >= a
    r = a is b, a is not b, a in b, a not in b
    r = a and b or c
    r = a if b else c
    if a is None or b is not None:
        r = 1
    if not (a and b):
        r = 2
    if 0 < a < 10:
        r = 3
    return r
