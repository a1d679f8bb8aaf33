late = [lambda: i for i in range(3)]
print([f() for f in late])

bound_now = [lambda i=i: i for i in range(3)]
print([f() for f in bound_now])
