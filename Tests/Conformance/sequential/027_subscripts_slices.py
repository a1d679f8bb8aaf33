xs = list(range(10))
print(xs[2:7], xs[:3], xs[7:], xs[-3:], xs[:-3], xs[:])
print(xs[::2], xs[1::2], xs[::-1], xs[8:2:-2], xs[-1:-4:-1])
print(xs[100:], xs[-100:2], xs[5:2], xs[::-3])
s = "abcdefghij"
print(s[1:8:3], s[::-2], s[-2:], s[:0] == "")
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], [row[1] for row in m])
d = {"k": [10, {"n": "deep"}]}
print(d["k"][1]["n"], d["k"][0])
ys = list(range(6))
ys[1:3] = []
print(ys)
ys[::2] = [0, 0]
print(ys)
ys[len(ys):] = [99]
print(ys)
t = (0, 1, 2, 3, 4)
print(t[1:4], t[::-1], t[10:])
try:
    xs[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    xs["a"]
except TypeError as e:
    print("TypeError:", e)
