# What a for loop does, written out by hand.
words = ["red", "green", "blue"]

it = iter(words)  # ask the iterable for an iterator
print(next(it), next(it), next(it))
try:
    next(it)  # nothing left
except StopIteration:
    print("StopIteration: the iterator is used up")

# `for w in words: print(w)` is this loop:
it = iter(words)
while True:
    try:
        w = next(it)
    except StopIteration:
        break
    print("loop got", w)


class Countdown:
    """An iterator: it remembers where it is and hands out one value."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):  # an iterator is its own iterable
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c))
print(list(c))  # an iterator runs once: the second list is empty

# A list is iterable but not an iterator: each iter() starts afresh.
print(iter(words) is iter(words), iter(c) is c)
