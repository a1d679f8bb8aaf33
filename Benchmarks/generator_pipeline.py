# Generators feeding generators: frame suspension and resumption.
def numbers(n):
    for i in range(n):
        yield i


def squares(source):
    for x in source:
        yield x * x


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


print(sum(evens(squares(numbers(600_000)))))
