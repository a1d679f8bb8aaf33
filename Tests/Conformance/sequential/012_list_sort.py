nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), nums)
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}))
print(max(words, key=len), min(words, key=len))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}]
print([r["n"] for r in sorted(recs, key=lambda r: r["a"])])
