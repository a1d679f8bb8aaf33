# yield from: a generator hands the work to another one, and gets back
# the inner generator's return value.


def read_block(name, lines):
    count = 0
    for line in lines:
        yield f"{name}: {line}"
        count += 1
    return count  # carried out in StopIteration.value


def read_all():
    total = 0
    total += yield from read_block("head", ["a", "b"])
    total += yield from read_block("body", ["c", "d", "e"])
    yield f"-- {total} lines"


for out in read_all():
    print(out)

# The same thing by hand: the return value rides on StopIteration.
block = read_block("tail", ["z"])
print(next(block))
try:
    next(block)
except StopIteration as stop:
    print("returned", stop.value)


# send() passes straight through yield from to the inner generator.
def echo():
    received = None
    while True:
        received = yield f"echo {received}"


def wrapper():
    yield from echo()


w = wrapper()
print(next(w))
print(w.send("hi"))
