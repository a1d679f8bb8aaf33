data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} elements")
print([y for x in data if (y := x * 2) > 6])
print(y)
lines = iter(["alpha", "beta", "", "gamma"])
while (line := next(lines)) != "":
    print("line:", line)
print((total := sum(data)), total)
def f(v):
    print("compute", v)
    return v * v
results = [r for v in range(4) if (r := f(v)) % 2 == 0]
print(results, r)
print([last := i for i in range(3)], last)
values = [1, 2, 3]
print(any((hit := v) > 1 for v in values), hit)
x = 0
print(x := 5) if False else print((x := 7), x)
