a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
count: int = 10
label: str
print(count, "label" in dir())
ratio: float = count / 4
print(ratio)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, alias is lst)
tup = (1, 2)
orig = tup
tup += (3,)
print(orig, tup, orig is tup)
s = "ab"; s *= 3; print(s)
n = 7; n <<= 2; n |= 1; n ^= 3; n >>= 1; n &= 0xF; print(n)
f = 2.0; f /= 4; f **= 2; print(f)
i, j = 0, 1
i, j = j, i + j
print(i, j)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 10
print(d)
m = [[0, 0], [0, 0]]
m[1][0] = 5
m[0][1] += 2
print(m)
class O: pass
o = O()
o.v = 1
o.v += 1
print(o.v)
k = [0, 1, 2]
i = 0
i, k[i] = 1, 9
print(i, k)
