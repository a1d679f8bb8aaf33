# The errors of random's functions, with python3's types and messages.
import random

random.seed(5)
attempts = [
    lambda: random.randrange(0), lambda: random.randrange(-3), lambda: random.randrange(5, 2),
    lambda: random.randrange(4, 4), lambda: random.randrange(1, 10, 0), lambda: random.randrange(1, 5, -1),
    lambda: random.randrange(10, 1, 2), lambda: random.randrange(3, step=2),
    lambda: random.randrange([1]), lambda: random.randint(5, 4),
    lambda: random.choice([]), lambda: random.choice(""), lambda: random.choice({}),
    lambda: random.sample({1, 2}, 1), lambda: random.sample({1: 2}, 1), lambda: random.sample([1, 2], 3),
    lambda: random.sample(range(3), -1), lambda: random.sample([1, 2], 1, counts=[1]),
    lambda: random.sample([1, 2], 1, counts=[1.0, 2.0]), lambda: random.sample([1, 2], 1, counts=[0, 0]),
    lambda: random.sample([1, 2], 5, counts=[1, 2]), lambda: random.sample([], 0, counts=[]),
    lambda: random.choices([]), lambda: random.choices("ab", 2), lambda: random.choices("ab", [0, 0]),
    lambda: random.choices("ab", [1, float("inf")]), lambda: random.choices("ab", [1, float("nan")]),
    lambda: random.choices("ab", cum_weights=[1]), lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]),
    lambda: random.choices("ab", k=2.0), lambda: random.choices("ab", [1, "x"]),
    lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -2), lambda: random.betavariate(-1, 1),
    lambda: random.getrandbits(-1), lambda: random.randbytes(-1), lambda: random.shuffle((1, 2)),
    lambda: random.expovariate(0), lambda: random.seed((1, 2)), lambda: random.seed([1]),
    lambda: random.seed(object()), lambda: random.Random().seed(bytearray(b"ab"), version=1),
    lambda: random.setstate((4, (), None)), lambda: random.setstate((3, (1, 2), None)),
    lambda: random.setstate((3,)), lambda: random.Random().setstate((2, ("a",) * 625, None)),
    lambda: random.SystemRandom().getstate(), lambda: random.SystemRandom().setstate(None),
]
for i, attempt in enumerate(attempts):
    try:
        result = attempt()
        print(i, "returned", result)
    except Exception as exc:
        print(i, type(exc).__name__, str(exc).replace("\n", "|"))
# Values that are not errors, at the edges of the same checks.
print(random.choices("ab", k=0), random.choices("ab", k=-2), random.sample(range(4), 0))
print(random.triangular(1, 1, 1), random.triangular(5, 5), random.uniform(2, 2), random.randrange(1), random.randint(7, 7))
print(random.randrange(-5, 5, 3) in range(-5, 5, 3), random.randrange(10, -10, -7) in range(10, -10, -7))
print(random.SystemRandom().seed(1), 0 <= random.SystemRandom(42).random() < 1)
