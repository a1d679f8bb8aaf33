def loops(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        print("no break")
    for i in range(n):
        if i % 2:
            continue
        print(i)
    else:
        print("done")
    while True:
        if n > 10:
            break
        n += 1
    return n
