items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
w = max(len(i[0]) for i in items)
print(f"{'item':<{w}} | {'price':>6} | {'qty':>3}")
print("-" * (w + 16))
for name, price, qty in items:
    print(f"{name:<{w}} | {price:>6.2f} | {qty:>3d}")
total = sum(p * q for _, p, q in items)
print(f"{'total':<{w}} | {total:>6.2f} |")
d = {"k": "v"}
print(f"{d['k']}", f"{d!r}", f"{len(d):03}")
for fmt in [">5", "<5", "^5", "05"]:
    print(f"[{7:{fmt}}]")
x = 3
print(f"{f'{x}' * x}", f"{x!r:>{x + 2}}")
print(f"{'a' 'b'}", f"{x:{'>'}{5}}")
nums = [1, 22, 333]
print(" ".join(f"{n:>4}" for n in nums))
print(f"{', '.join(str(n) for n in nums)}")
print(f"{nums[-1] // 3:,}")
