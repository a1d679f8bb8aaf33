# printf-style formatting: the plain shapes the interpreter formats from the bytes (bare %s %r %d %i %%,
# exactly as many values) and the shapes next to them that take the general path.
class S:
    def __str__(self): return "S!"
    def __repr__(self): return "R!"
print("user%d" % 5, "%s-%s" % ("a", 1), "%r %s" % (S(), S()), "100%%" % (), "%d%%" % -3, "%i|%s" % (2**70, None))
print("%s" % (1,), "%s" % [1, 2], "%s" % {"a": 1}, "x%sy" % "é", "é%s" % 1, "%d" % True, "%d" % 2.5)
for f, a in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("abc", 5), ("abc", {}), ("%", 1), ("%y", 1)]:
    try: print(repr(f % a))
    except Exception as e: print(type(e).__name__, e)
