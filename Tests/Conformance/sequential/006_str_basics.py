s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1])
print(s + "!", s * 2, "-" * 10)
print("World" in s, "world" in s, "x" not in s)
u = "héllo wörld ünïcode ✓ 日本"
print(u, len(u), u[1], u[-2:], u.upper())
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("nl\n"), repr("\\"), repr("\x00\x7f"))
print("multi\nline")
print("""triple
quoted""")
print(r"raw\n", len(r"\n"))
print("abc"[1], "abc"[-3])
print(str(42), str(3.5), str([1, "a"]), str(None))
print("%s|%s" % ("a", "b"))
print("é".encode("utf-8"), "ab".isascii(), "é".isascii())
t = "x"
t += "yz"
print(t, t * 0 == "")
for ch in "abc":
    print(ch, ord(ch), end="; ")
print()
