# A generator function: calling it runs nothing; next() runs to a yield.


def countdown(n):
    print("  [body starts, n =", n, "]")
    while n > 0:
        yield n  # hand out n and pause here, keeping n
        n -= 1
    print("  [body ends]")


gen = countdown(3)
print("created", type(gen).__name__)
print("first:", next(gen))
print("second:", next(gen))
for value in gen:  # the loop carries on from where next() left off
    print("loop:", value)
print("again:", list(gen))  # finished generators stay finished
