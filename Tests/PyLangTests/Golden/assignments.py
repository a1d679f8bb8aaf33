a = b = 1
x, y = y, x
p, q, r = r, q, p
first, *rest = items
*init, last = items
[m, n] = pair
obj.attr = 5
obj.attr += 1
seq[0] = 2
seq[i] -= 3
seq[1:2] = []
total: int = 0
note: str
del a, obj.attr, seq[0]
(w := 10)
