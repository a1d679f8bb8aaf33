import random
random.seed(42)
xs = [random.random() for _ in range(100)]
print(all(0 <= x < 1 for x in xs), len(set(xs)) > 90)
ints = [random.randint(1, 6) for _ in range(200)]
print(min(ints) >= 1, max(ints) <= 6, set(ints) <= {1, 2, 3, 4, 5, 6})
r = [random.randrange(0, 10, 2) for _ in range(50)]
print(all(v % 2 == 0 and 0 <= v < 10 for v in r))
items = ["a", "b", "c", "d"]
print(random.choice(items) in items)
sh = items[:]
random.shuffle(sh)
print(sorted(sh) == items, len(sh))
s = random.sample(range(100), 5)
print(len(s), len(set(s)), all(0 <= v < 100 for v in s))
u = random.uniform(2.0, 3.0)
print(2.0 <= u <= 3.0)
random.seed(7)
a = [random.random() for _ in range(5)]
random.seed(7)
b = [random.random() for _ in range(5)]
print("same seed, same sequence:", a == b)
print(type(random.random()).__name__, type(random.randint(0, 1)).__name__)
