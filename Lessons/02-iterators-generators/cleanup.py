# close() raises GeneratorExit at the paused yield, so finally runs.


def numbers(label):
    print(f"{label}: open")
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(f"{label}: cleaned up")


gen = numbers("A")
print(next(gen), next(gen))
gen.close()
print("closed A")
print("next after close:", next(gen, "nothing"))

# Leaving a for loop early does not close the generator by itself...
gen = numbers("B")
for n in gen:
    if n == 2:
        break
print("left the loop at", n)
gen.close()  # ...so close it, or let it be garbage collected


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2  # wrong: a closing generator must not yield again


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)


def leaky():
    yield 1
    raise StopIteration  # since 3.7 this becomes a RuntimeError


try:
    print(list(leaky()))
except RuntimeError as err:
    print("RuntimeError:", err)
