# Text the engine builds piece by piece: translate with str values, expandtabs, repr with
# escapes (ASCII, Latin-1, BMP and astral), capitalize, slices of non-ASCII text, float
# reprs, and long results of each (the lengths, and the ends of the text).
s = "ab\tc\u00e9\u4e2d\U0001F600'\"\\\n\r\x00\x7f"
print(repr(s), ascii(s), repr(s.encode()), str(s.encode("utf-8")))
print(s.translate({97: "xy", 98: None, 0x4e2d: "zhong", 9: "<tab>"}), "héllo wörld".translate(str.maketrans("éö", "eo")))
print("a\tbc\tdef\t\n\tx".expandtabs(), "a\tb".expandtabs(4), repr("\t".expandtabs(0)))
print("ÉCOLE élève".capitalize(), "ñandú".capitalize(), "ǆemal".capitalize(), "ßtraße".capitalize())
u = "日本語のテキスト😀と混在 ascii"
print(u[2:7], u[::-1], u[1::3], u[-4:], u[5:2:-1], len(u[:100]))
print(repr(1e16), repr(1.5e-7), repr(123456789.125), repr(-0.0), 1e22, 3.14159265358979)
long = ("a\tb" * 50000).expandtabs()
print(len(long), long[-12:])
t = ("ab" * 50000).translate({97: "xyz"})
print(len(t), t[:10], t[-10:])
r = repr("x\n" * 50000 + "é\u4e2d")
print(len(r), r[:8], r[-12:])
b = repr(bytes(range(256)) * 100)
print(len(b), b[:20], b[-20:])
