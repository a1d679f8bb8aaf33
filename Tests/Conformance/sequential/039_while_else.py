i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished normally, i =", i)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("break at", n)
        break
else:
    print("not printed")
while False:
    pass
else:
    print("else of a loop that never ran")
a, b = 0, 1
fib = []
while len(fib) < 10:
    fib.append(a)
    a, b = b, a + b
print(fib)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
k = 0
while True:
    k += 1
    if k * k > 50:
        break
print("k", k)
