# Sizes past an index raise before anything is allocated; padding and repetition build the
# right text (issue 26: the engine's checks and fast builders must not change results).
import math

def attempt(label, make):
    try:
        value = make()
        print(label, "ok", len(value) if hasattr(value, "__len__") else value)
    except (OverflowError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

attempt("str repeat index", lambda: "x" * 10**19)
attempt("list repeat index", lambda: [0] * 10**19)
attempt("str repeat too long", lambda: "xx" * 2**62)
attempt("bytes repeat too long", lambda: b"xx" * 2**62)
attempt("bytes index", lambda: bytes(10**19))
attempt("bytes negative", lambda: bytes(-1))
attempt("percent width", lambda: ("%0" + str(10**19) + "d") % 1)
attempt("percent precision", lambda: ("%." + str(10**19) + "d") % 1)
attempt("float precision", lambda: ("%." + str(2**31) + "f") % 1.0)
attempt("spec digits", lambda: format(1, str(2**63)))
attempt("rjust", lambda: "x".rjust(10**19))
attempt("center", lambda: "x".center(10**19, "*"))
attempt("expandtabs", lambda: "\tx".expandtabs(10**10))
attempt("shift", lambda: 1 << 10**20)
attempt("negative shift", lambda: 1 << -1)

print(repr("ab" * 3), repr(b"ab" * 3), [1, 2] * 2, (0,) * 3, "é" * 4, "ab" * 0, "ab" * -2)
print(repr("%05d|%-6d|%6s|%.4d|%+08.3f" % (-42, 7, "ab", 5, 3.14159)))
print(repr("%*d|%-*d" % (6, 1, -6, 2)))
print(repr(format(-42, "08d")), repr(format("ab", "*^7")), repr(format(3.5, "=+10.2f")))
print(repr(f"{'x':>5}{'y':<4}|{12:_^9}|{-1.5:010.3f}"))
for s in ["42", "-42", "+7", "", "-", "é"]:
    print(repr(s.zfill(6)), repr(s.center(5, "~")), repr(s.ljust(4, ".")), repr(s.rjust(4)))
print(repr("a\tbc\td".expandtabs(4)), repr("x\ty".expandtabs(0)), repr("ab".replace("", "-")))
print(repr(",".join(["a", "bc", ""])), repr("".join([])), repr("-".join("xyz")))
print(math.factorial(0), math.factorial(1), math.factorial(30))
print(len(str(math.factorial(1000))), math.factorial(1000) % 1000003, math.factorial(200) % 10**9)
print(2**200 * 3**100 % 10**12, (1 << 300) >> 290, (7**77) // (7**75), -(3**90) % 1000)
l = [1]
l *= 3
l += l
print(l, bytes(4), bytes(0))
"x" * 10**19
