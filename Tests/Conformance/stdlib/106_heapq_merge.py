# heapq beyond the basics: layouts after every operation on ties and duplicates, merge with
# keys, reverse and uneven inputs (stability: ties keep input order), nlargest/nsmallest with
# keys and n larger than the data, and the errors of an empty heap.
import heapq

h = [5, 5, 3, 3, 1, 1, 4, 4, 2, 2]
heapq.heapify(h)
print("heapify ties", h)
for item in [3, 0, 5, 1]:
    print("replace", item, heapq.heapreplace(h, item), h)
for item in [0, 9, 2]:
    print("pushpop", item, heapq.heappushpop(h, item), h)
print("pushpop empty", heapq.heappushpop([], 7))
drained = []
while h:
    drained.append(heapq.heappop(h))
print("drained", drained)

pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c")]
heap = []
for p in pairs:
    heapq.heappush(heap, p)
    print("push", p, heap)
print([heapq.heappop(heap) for _ in range(len(heap))])

a = [(1, "a0"), (3, "a1"), (3, "a2"), (7, "a3")]
b = [(3, "b0"), (3, "b1"), (5, "b2")]
c = [(0, "c0"), (3, "c1")]
first = lambda pair: pair[0]
print([name for _, name in heapq.merge(a, b, c, key=first)])
print([name for _, name in heapq.merge(a[::-1], b[::-1], c[::-1], key=first, reverse=True)])
print(list(heapq.merge("ace", "bdf", "")), list(heapq.merge([3, 2, 1], [], [2, 0], reverse=True)))
print(list(heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 4)))))
print(list(heapq.merge(["x"], key=str.upper)), list(heapq.merge([], [], key=len)))
gen = heapq.merge([1, 4], [2, 3])
print(next(gen), next(gen), list(gen))

words = ["bb", "a", "ccc", "dd", "e", "fff", "g"]
for n in (0, 1, 3, 10, -2):
    print(n, heapq.nlargest(n, words, key=len), heapq.nsmallest(n, words, key=len))
print(heapq.nlargest(2, iter([4, 1, 4, 2])), heapq.nsmallest(2, (x * x for x in [-3, 1, -1, 2])))
print(heapq.nlargest(3, {"k": 3, "j": 9, "m": 1}.items(), key=lambda kv: kv[1]))
print(heapq.nsmallest(2, [], key=len), heapq.nlargest(1, [2.5, 2, 3]))

for name, call in [("heappop", lambda: heapq.heappop([])),
                   ("heapreplace", lambda: heapq.heapreplace([], 1)),
                   ("mixed push", lambda: heapq.heappush([1, 2], None)),
                   ("heapify dicts", lambda: heapq.heapify([{}, {}]))]:
    try:
        call()
        print(name, "ok")
    except (IndexError, TypeError) as e:
        print(name, type(e).__name__, e)
