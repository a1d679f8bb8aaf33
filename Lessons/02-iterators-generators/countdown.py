def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")


gen = countdown(3)
print("created")
for value in gen:
    print("got", value)

squares = (x * x for x in range(5))
print(next(squares), next(squares))
print(sum(squares))
