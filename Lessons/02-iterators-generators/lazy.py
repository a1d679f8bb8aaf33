# A list comprehension does all the work at once and keeps every item.
# A generator expression does the work one item at a time, on demand.
import itertools

made = 0


def square(x):
    global made
    made += 1
    return x * x


squares_list = [square(x) for x in range(10)]
print("list built, squares made:", made)

made = 0
squares_gen = (square(x) for x in range(10))
print("generator built, squares made:", made)
print("first big one:", next(s for s in squares_gen if s > 10))
print("squares made so far:", made)  # only 0..4, then it stopped

# Summing 100,000 squares never holds more than one of them.
print("sum:", sum(x * x for x in range(100000)))


def fibonacci():  # endless is fine if nobody asks for all of it
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print("fib:", list(itertools.islice(fibonacci(), 10)))
evens = (f for f in fibonacci() if f % 2 == 0)
print("even fib:", list(itertools.islice(evens, 5)))
