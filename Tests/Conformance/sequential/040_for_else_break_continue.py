for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("not reached")
for i, ch in enumerate("abc", start=1):
    print(i, ch)
for k in {"x": 1, "y": 2}:
    print("key", k)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for i in range(3):
    pass
print("i after loop", i)
total = 0
for row in [[1, 2], [3, 4]]:
    for v in row:
        if v == 3:
            continue
        total += v
print("total", total)
for _ in range(2):
    print("underscore loop")
