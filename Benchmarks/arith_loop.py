# A tight arithmetic loop: the interpreter's dispatch and small-int fast paths.
total = 0
i = 0
while i < 1_000_000:
    total += i * 3 % 7 - (i >> 2)
    i += 1
print(total)
