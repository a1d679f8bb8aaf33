# match: sequence patterns ([...], (...), open a, b), star captures and star wildcards, which
# subjects are sequences (not str, bytes, bytearray, dict, set, iterators); ends in an error.
from collections import deque


def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case (first, *middle, last) if len(middle) > 2:
            return f"long: {first} {middle} {last}"
        case [first, *_, last]:
            return f"ends: {first} {last}"


for s in [[], [1], (1, 2), [1, 2, 3], list(range(7)), range(4), deque("ab"), "ab", b"ab",
          bytearray(b"ab"), memoryview(b"ab"), {1: 2}, {1, 2}, iter([1, 2]), 5]:
    print(type(s).__name__, "->", shape(s))

# Star captures always make a list, whatever the subject's type.
match (1, 2, 3, 4):
    case (a, *rest):
        print(a, rest, type(rest).__name__)
match range(5):
    case [*head, 3, 4]:
        print(head)
match [1, 2]:
    case [*everything]:
        print(everything)
match []:
    case [*nothing]:
        print(nothing)

# An open sequence pattern at the top, and a tuple subject.
match 1, "two":
    case a, str() as b:
        print("open sequence", a, b)

# Nested sequences.
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [[a, *_], *_]:
            return a
        case _:
            return None


print(nested([[1, 2], [3, 4]]), nested(([5, 6, 7], [8])), nested([[9]]), nested([1]))

# Lengths are checked before any item is read.
match [1, 2, 3]:
    case [a, b]:
        print("never")
    case [a, b, c, d, *_]:
        print("never")
    case [x, *_, z]:
        print("first and last", x, z)

# A sequence pattern with literals in it.
for v in ([1, "a"], [1, "b"], [2, "a"]):
    match v:
        case [1, "a"]:
            print(v, "exact")
        case [1, _]:
            print(v, "starts with 1")
        case _:
            print(v, "other")

# Unpacking an iterator is not attempted; a generator is not a sequence.
def gen():
    yield 1
    yield 2
match gen():
    case [a, b]:
        print("never")
    case _:
        print("a generator is not a sequence")

match [1, 2, 3]:
    case [a, *b, c]:
        print(a + b)
