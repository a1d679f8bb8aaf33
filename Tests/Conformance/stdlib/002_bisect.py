# bisect: positions, insort, key=, lo/hi.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 4, lo=5, hi=7))

b = []
for x in [5, 1, 4, 1, 9, 2]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

records = [("ann", 21), ("bob", 25), ("cid", 30)]
print(bisect.bisect_left(records, 25, key=lambda r: r[1]))
bisect.insort(records, ("dan", 27), key=lambda r: r[1])
print(records)

try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
