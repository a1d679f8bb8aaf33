# zip(strict=True), pow with a negative exponent and a modulus, casefold, maketrans/translate.
def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("strict equal", lambda: list(zip([1, 2], "ab", strict=True)))
attempt("strict 2 shorter", lambda: list(zip([1, 2], [1], strict=True)))
attempt("strict 2 longer", lambda: list(zip([1], [1, 2], strict=True)))
attempt("strict 3 shorter", lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
attempt("strict 3 longer", lambda: list(zip([1], [1], [1, 2], strict=True)))
attempt("strict empty", lambda: list(zip(strict=True)))
attempt("not strict", lambda: list(zip([1, 2], [1], strict=False)))
attempt("bad keyword", lambda: list(zip([1], fill=0)))
def partial():
    z = zip(range(3), iter([1]), strict=True)
    out = [next(z)]
    try:
        next(z)
    except ValueError as e:
        out.append(str(e))
    return out
attempt("partial", partial)

attempt("pow(3, -1, 7)", lambda: pow(3, -1, 7))
attempt("pow(38, -1, 97)", lambda: pow(38, -1, 97))
attempt("pow(3, -2, 7)", lambda: pow(3, -2, 7))
attempt("pow(-3, -1, 7)", lambda: pow(-3, -1, 7))
attempt("pow(3, -1, -7)", lambda: pow(3, -1, -7))
attempt("pow(5, -1, 1)", lambda: pow(5, -1, 1))
attempt("pow(2, -1, 4)", lambda: pow(2, -1, 4))
attempt("pow(2**70 + 1, -1, 10**30 + 7)", lambda: pow(2**70 + 1, -1, 10**30 + 7))
attempt("pow(2, 10, 1000)", lambda: pow(2, 10, 1000))
attempt("pow(2, -1, 0)", lambda: pow(2, -1, 0))

for s in ["Straße", "ẞ", "ﬁne", "ΣΑΣ", "µ", "ſ", "İ", "HELLO", "ǅ"]:
    print(repr(s), repr(s.casefold()))
print("Straße".casefold() == "STRASSE".casefold())

t = str.maketrans("ab", "xy")
print(t, "abcab".translate(t))
print(str.maketrans("ab", "xy", "c"), "abcab".translate(str.maketrans("ab", "xy", "c")))
print(str.maketrans({"a": "1", "b": None, 99: "C"}))
print("abc".translate(str.maketrans({"a": "AA", "b": None})))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print("hi".translate({104: 105}), "hi".translate([]), "abc".translate({}))
print("".maketrans("a", "b"), "ä".translate({228: "ae"}))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return k + 1
print("abx".translate(Table()))
attempt("maketrans unequal", lambda: str.maketrans("ab", "x"))
attempt("maketrans one non-dict", lambda: str.maketrans("ab"))
attempt("maketrans long key", lambda: str.maketrans({"ab": 1}))
attempt("maketrans bad key", lambda: str.maketrans({1.5: 1}))
attempt("maketrans first not str", lambda: str.maketrans(1, "a"))
attempt("translate bad value", lambda: "a".translate({97: 1.5}))
attempt("translate big value", lambda: "a".translate({97: 0x110000}))

bt = bytes.maketrans(b"ab", b"xy")
print(len(bt), bt[97:99], type(bt).__name__)
print(b"abc".translate(bt), b"abc".translate(None, b"b"), b"abcabc".translate(bt, b"c"))
print(bytearray(b"abc").translate(bt), bytearray.maketrans(b"a", b"z")[97:98])
attempt("bytes maketrans unequal", lambda: bytes.maketrans(b"ab", b"x"))
attempt("bytes translate short table", lambda: b"a".translate(b"xyz"))
print(b"hello".translate(None, delete=b"l"))
