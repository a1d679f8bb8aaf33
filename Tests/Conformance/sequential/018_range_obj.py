r = range(10)
print(r, range(2, 8), range(0, 10, 3), range(5, 0, -1))
print(list(r), list(range(2, 8)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(len(range(0, 10, 3)), len(range(10, 0)), list(range(-3)))
print(r[3], r[-1], r[2:5], r[::-2], list(r[::-2]))
print(5 in r, 10 in r, r.index(4), range(0, 20, 5).count(15))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(0, 6, 2) == range(0, 5, 2), range(3) == range(0, 3))
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big)
print(r.start, r.stop, r.step, range(1, 9, 2).step)
for i in range(3, 0, -1):
    print("countdown", i)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(4))), tuple(range(2)))
