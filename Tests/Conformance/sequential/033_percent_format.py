print("%s and %s" % ("this", "that"))
print("%d items, %5d|%-5d|%05d" % (3, 42, 42, 42))
print("%f|%.2f|%8.3f|%e|%g|%g" % (3.14159, 3.14159, 3.14159, 12345.678, 0.00001, 1e20))
print("%x|%X|%o|%#x|%#o" % (255, 255, 8, 255, 8))
print("%r|%s|%a" % ("q", "q", "é"))
print("%c%c" % (72, "i"), "100%%", "%s" % [1, 2])
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("%s" % (1,), "%s" % "single", "%s-%s" % tuple("ab"))
print("%+d|% d|%+.1f" % (5, 5, -2.25))
print("%*d|%-*d|" % (6, 1, 6, 2), "%.*f" % (2, 1.23456))
print("%s" % None, "%s" % True, "%d" % True, "%d" % 3.99)
print("%10.4s|" % "truncate")
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
