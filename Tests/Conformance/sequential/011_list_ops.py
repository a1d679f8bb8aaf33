xs = [3, 1, 4, 1, 5]
print(xs, len(xs), xs[0], xs[-1], xs[1:3])
xs.append(9); print(xs)
xs.extend([2, 6]); print(xs)
xs.insert(0, 0); print(xs)
print(xs.pop(), xs.pop(0), xs)
xs.remove(1); print(xs)
print(xs.index(5), xs.count(1), 4 in xs)
xs[1] = 10; print(xs)
xs[1:3] = ["a", "b", "c"]; print(xs)
del xs[0]; print(xs)
del xs[::2]; print(xs)
ys = xs.copy(); ys.reverse(); print(xs, ys)
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
xs.clear(); print(xs, list("abc"), list(range(3)))
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
nested = [1, [2, [3, []]]]
print(nested, repr(nested), str([None, "s", 1.5]))
a = [1]; a.append(a); print(a)
