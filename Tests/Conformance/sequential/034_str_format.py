print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Al", age=30))
print("{0[0]} {0[1]}".format(["p", "q"]), "{d[key]}".format(d={"key": "val"}))
class C:
    attr = "attribute"
print("{0.attr}".format(C()), "{c.attr!r}".format(c=C()))
print("{:>8}|{:<8}|{:^8}|{:-^8}".format("r", "l", "c", "m"))
print("{:.3f} {:,} {:08.2f} {:+} {:x}".format(2 / 3, 10 ** 6, -3.14159, 5, 255))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{{}} {}".format("braces"), "{!r} {!s}".format("r", "s"))
print(format(3.5, ".1f"), format(255, "b"), format("x", ">3"), format(42))
print("{:e} {:.2e} {:g} {:G}".format(1234.5, 0.000123, 1e-10, 1e100))
print("{:%} {:.0%}".format(0.5, 1 / 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{:d}".format(True), "{}".format(None), "{:5}|{:<5}|".format(7, True))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
