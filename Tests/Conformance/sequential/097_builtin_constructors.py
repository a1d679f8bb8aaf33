# Built-in types called as constructors (the interpreter calls them directly) and bytes
# decoding with errors=: results and error messages as CPython's.
print(str(5), int("7"), float("2.5"), list(range(3)), tuple("ab"), dict(a=1), set([1, 1]), bool(0), range(2, 5))
print(str(), int(), type(3), type("x")("y"), bytes(3), frozenset([2]), object().__class__.__name__)
for f in (lambda: int("x"), lambda: str(1, 2), lambda: range(), lambda: ValueError("m"), lambda: type(1, 2)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: str(1, "utf-8"), lambda: str(b"x", "ascii"), lambda: str(b"\xff", "ascii", "replace"), lambda: str(b"y", encoding=3)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for data in (b"ok", b"a\xffb", b"\xe2\x82", b"x\xe2\x82\xacy\x80"):
    for enc in ("utf-8", "ascii"):
        for err in ("replace", "ignore"):
            print(enc, err, repr(data.decode(enc, err)), repr(str(data, enc, err)))
