def randrange(start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    width = stop - start
    if step == 1:
        if width <= 0:
            raise ValueError(f"empty range for randrange() ({start}, {stop}, {width})")
        return start + int(random() * width)
    n = (width + step - 1) // step if step > 0 else (width + step + 1) // step
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return start + step * int(random() * n)

def randint(a, b):
    return randrange(a, b + 1)

def choice(seq):
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[int(random() * len(seq))]

def shuffle(x):
    for i in reversed(range(1, len(x))):
        j = int(random() * (i + 1))
        x[i], x[j] = x[j], x[i]

def sample(population, k):
    pool = list(population)
    if k < 0 or k > len(pool):
        raise ValueError("Sample larger than population or is negative")
    result = []
    for i in range(k):
        j = int(random() * (len(pool) - i)) + i
        pool[i], pool[j] = pool[j], pool[i]
        result.append(pool[i])
    return result

def uniform(a, b):
    return a + (b - a) * random()

def choices(population, weights=None, *, k=1):
    if weights is None:
        return [population[int(random() * len(population))] for _ in range(k)]
    total = sum(weights)
    out = []
    for _ in range(k):
        r = random() * total
        acc = 0
        for p, w in zip(population, weights):
            acc += w
            if r < acc:
                out.append(p)
                break
        else:
            out.append(population[-1])
    return out

def gauss(mu=0.0, sigma=1.0):
    import math
    u1 = 1.0 - random()
    u2 = random()
    return mu + sigma * math.sqrt(-2.0 * math.log(u1)) * math.cos(2 * math.pi * u2)
