# Random instances, subclasses, seeds of every kind, sample's two strategies, choices' weights
# and saved states, all as python3 draws them.
import random, copy

for s in [0, 1, 2**32, 2**32 - 1, 10**40, -10**40, 0.0, 1.25, -7.5, True, False,
          "", "x", "ünïcode", b"", b"\x00\xff", bytearray(b"abc")]:
    r = random.Random(s)
    print(repr(s), r.random(), r.randrange(10**12), r.getrandbits(40))
for s in ["", "abc", "ünï", b"abc", b"\xfe"]:
    r = random.Random()
    r.seed(s, version=1)
    print("v1", repr(s), r.random(), r.randint(1, 1000))

r = random.Random(2024)
# sample copies the population while it is small next to k, else redraws repeats in a set.
for n, k in [(21, 5), (22, 5), (25, 6), (88, 6), (89, 6), (100, 60), (10**6, 3), (30, 30)]:
    print(n, k, r.sample(range(n), k))
print(r.sample("abcdefgh", 8), r.sample((1, 2, 3), 2), r.sample(b"xyz", 2))
print(r.sample(["red", "blue"], counts=[4, 2], k=5), r.sample("ab", k=3, counts=[2, 1]))
print(r.choices("abcd", k=6), r.choices("abcd", [0, 0, 5, 1], k=6), r.choices("abc", cum_weights=[0.5, 0.5, 3], k=6))
print(r.choices(range(3), [1, 1, 1]), r.choices([10, 20], weights=(0.25, 0.75), k=4))
deck = list(range(15)); r.shuffle(deck); print(deck)
words = ["a"]; r.shuffle(words); empty = []; r.shuffle(empty); print(words, empty)

class Floats(random.Random):
    # Only random(): integers come from scaled floats, not getrandbits.
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def random(self):
        self.calls += 1
        return super().random()

f = Floats(9)
print([f.randrange(100) for _ in range(5)], f.choice("xyz"), f.sample(range(50), 3), f.calls)

class Counter(random.Random):
    # Only getrandbits(): a source counting down shows which bits are asked for and that
    # results too big are drawn again.
    def __init__(self):
        super().__init__()
        self.next = 12
    def getrandbits(self, k):
        self.next -= 1
        print("  getrandbits", k, "->", self.next % (1 << k))
        return self.next % (1 << k)

c = Counter()
print(c.randrange(10), c.randrange(2), c.randbytes(2))

a = random.Random(77)
a.random()
b = copy.copy(a)
saved = a.getstate()
following = a.random()
print(following == b.random(), saved[0], len(saved[1]), saved[2])
a.setstate(saved)
print(a.random() == following, [round(a.random(), 10) for _ in range(2)])
old = (2, tuple(w - 2**32 if w >= 2**31 else w for w in saved[1]), None)
a.setstate(old)
b.setstate(saved)
print("version 2 state:", a.random() == b.random())
