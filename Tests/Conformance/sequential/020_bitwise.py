a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 1)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(-8 >> 1, -1 >> 10, -8 << 2, ~-1, ~0)
print(1 << 64, (1 << 64) - 1 & 0xFFFF, 0xFF & -1)
print(-5 & 0xFF, -5 | 0, -5 ^ 3)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
flags ^= WRITE
print(flags, format(flags, "03b"))
print((255).bit_length(), (0).bit_length(), (-16).bit_length(), (1 << 100).bit_length())
print(5 & 3 | 8, 5 ^ 1 << 2, (5 ^ 1) << 2)
n = 0b10110110
count = 0
while n:
    n &= n - 1
    count += 1
print("popcount", count, bin(182).count("1"))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
