print(int("0x1f", 16), int("1f", 16), int("-0b11", 0), int("z", 36), int("  -5\n"), int("1_000"))
print(float("  2.5 "), float("-inf"), float("1e-3"), float("nan") != float("nan"), float(True))
print(str(1.0), str(-0.0), str(10 ** 15 * 1.0), str(1e16), str([1.0]))
print(bool("False"), bool(0.0), bool(" "), bool(-1))
print(list("ab"), list((1, 2)), list({"k": 1}), list({"k": 1}.values()), list(range(2)))
print(tuple([1]), tuple("xy"), tuple({3: 4}))
print(set("aab") == {"a", "b"}, sorted(set([3, 3, 1])), frozenset([1]) == {1})
print(dict([(1, 2)]), dict(a=1), dict({"x": 1}, y=2), dict(zip([1], "a")))
print(bytes("hi", "utf-8"), bytes([1, 2]), bytes(2), bytes(b"x"), list(bytes("é", "utf-8")))
print(str(b"raw"), str(b"abc", "ascii"), int(b"12"), float(b"1.5"))
print(int(True), int(-0.9), int("0"), float(int("7")))
print(str(123).zfill(6), repr(str(1)), int(str(42)) == 42)
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5"]])
print(chr(int("41", 16)), hex(int("ff", 16)), int(hex(300), 16))
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("")
except ValueError as e:
    print("ValueError:", e)
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
