# heapq: the heap's list layout, as a scheduler's run queue uses it.
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heapq.heappush(h, x)
    print("push", x, h)
while h:
    print("pop", heapq.heappop(h), h)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print("heapify", data)
print("replace", heapq.heapreplace(data, 10), data)
print("pushpop small", heapq.heappushpop(data, -1), data)
print("pushpop big", heapq.heappushpop(data, 11), data)

# (time, seq, task) tuples: a timer queue with ties broken by insertion order.
timers = []
seq = 0
for when, name in [(0.3, "c"), (0.1, "a"), (0.3, "d"), (0.2, "b"), (0.1, "a2")]:
    heapq.heappush(timers, (when, seq, name))
    seq += 1
print([heapq.heappop(timers)[2] for _ in range(len(timers))])

words = ["pear", "fig", "banana", "kiwi", "apple", "cherry"]
print(heapq.nlargest(3, [3, 1, 4, 1, 5, 9, 2, 6]), heapq.nsmallest(3, [3, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(heapq.nlargest(0, words), heapq.nsmallest(10, [2, 1]))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 6])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([7, 5, 1], [6, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))

try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError", e)
