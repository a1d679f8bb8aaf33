# Every distribution gives python3's values for the same seed: the same draws in the same
# order and the same float arithmetic (issue 23: random as our own code).
import random

def show(name, values):
    print(name, [round(v, 12) if isinstance(v, float) else v for v in values])

for seed in [0, 7, 2**64 + 3, "tutor", -11]:
    random.seed(seed)
    print("seed", repr(seed))
    show(" uniform", [random.uniform(-2, 5) for _ in range(3)])
    show(" triangular", [random.triangular(), random.triangular(0, 10, 9), random.triangular(2, 4, 2), random.triangular(3, 3, 3)])
    show(" normal", [random.normalvariate(), random.normalvariate(10, 0.5), random.lognormvariate(0, 0.25)])
    show(" gauss", [random.gauss() for _ in range(3)] + [random.gauss(100, 15)])
    show(" expo", [random.expovariate(0.5), random.expovariate(20)])
    show(" vonmises", [random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 2), random.vonmisesvariate(4, 50), random.vonmisesvariate(-3, 0.5)])
    show(" gamma", [random.gammavariate(0.3, 2), random.gammavariate(1, 3), random.gammavariate(2.5, 0.5), random.gammavariate(80, 1)])
    show(" beta", [random.betavariate(0.5, 0.5), random.betavariate(2, 5), random.betavariate(1, 1)])
    show(" pareto/weibull", [random.paretovariate(1.5), random.paretovariate(4), random.weibullvariate(2, 0.7), random.weibullvariate(1, 5)])
    print(" bits", random.getrandbits(5), random.getrandbits(64), random.getrandbits(100), random.randbytes(3), random.randbytes(0))

# gauss keeps its second deviate: a saved state carries it, and seed() drops it.
random.seed(3)
first = random.gauss()
state = random.getstate()
print(state[2] is not None, round(random.gauss(), 12) == round(state[2], 12))
random.setstate(state)
print(random.gauss() == state[2])
random.seed(3)
print(random.gauss() == first, random.getstate()[2] is not None)
random.seed(3)
print(random.getstate()[2])
