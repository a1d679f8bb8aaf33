squares = [x * x for x in range(10)]
evens = {x for x in data if x % 2 == 0}
index = {k: v for k, v in pairs}
gen = (x for x in data)
nested = [(i, j) for i in range(3) for j in range(i) if i != j]

def in_function(n):
    return [i + n for i in range(n)]

def walrus(data):
    return [y for x in data if (y := x * 2) > 3], y
