import itertools
from itertools import count, islice, chain, cycle, repeat
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice("abcdefg", 2, 6, 2)), list(islice(range(10), 3)), list(islice(range(10), 8, None)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(cycle("xyz"), 7)), list(repeat("r", 3)), list(zip(range(3), repeat(0))))
c = count(3)
print(next(c), next(c), c)
cy = cycle([1, 2])
print([next(cy) for _ in range(5)])
print(list(map(pow, range(4), repeat(2))))
def noisy():
    for i in range(100):
        print("produce", i)
        yield i
print(list(islice(noisy(), 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations("abc", 2)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(max, [(1, 5), (7, 2)])))
print(repeat(1, 2), list(islice(count(), 0)))
