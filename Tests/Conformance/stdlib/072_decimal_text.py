# decimal text: reading strings (whitespace, underscores, specials), str and repr at the
# scientific thresholds, engineering strings, capitals, and format() specifications.
from decimal import Decimal as D, Context, getcontext, localcontext, ROUND_DOWN

for s in ["1.10", " 12.5 ", "-0", "+.5", "5.", "1_000", "1e3", "1E+3", "1.23e-7", "-1.5E-10", "00012.3400", "inf", "-Infinity",
          "nan", "-NaN42", "sNaN0012", "\t7\n", "١٢"]:
    d = D(s)
    print(repr(s), str(d), repr(d), d.to_eng_string(), d.as_tuple())
for s in ["0.000001", "0.0000001", "123E+3", "1E+3", "12.3E+10", "5E-2", "0E+2", "0E-1", "-0E-8", "0E+7", "1.23E-7", "100", "1E+5"]:
    print(s, str(D(s)), D(s).to_eng_string(), Context(capitals=0).to_sci_string(D(s)), D(s).adjusted())
print(D(0.1), D(-0.0), D(1e100), D(2.5), D(float("inf")), D.from_float(0.25), D((0, (1, 4), -2)), D((1, (3,), 2)), D((0, (), 2)), D((0, (1, 2), "F")), D((1, (1, 2), "n")), D([0, [5], 0]))
print(D(10 ** 30), D(-12345678901234567890), D(D("1.5")), D(True))
specs = ["", ".3", ".2f", ".0f", "f", "e", ".2e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "n", ",", ",.2f",
         ">12", "<12,", "^12.2f", "*=+16,.3f", " .2f", "+e", "012.2f", "016,.2f", "z.1f", ".0e", ".0%", "12n"]
for s in ["1234.5678", "-0.000012345", "1E+5", "0", "-0.00", "0E+7", "12345678901234567890.5", "inf", "-nan"]:
    print(s, "|".join(format(D(s), spec) for spec in specs))
for bad in ["_", "#.2f", "d", "x", ",n", ".f", "1000000000000000000000"]:
    try:
        print(format(D(1), bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(f"{D('1.5'):>10}|{D('1234.5'):=+12,}|{D('1234.5'):x<12}|{D('-1234.5'):0=12}|{D('1234.5'):^+13.2f}|{D('1.5'):10%}|{D('-5'):<5}|")
print(f"{D('0.125'):.1%}", f"{D('12345.678'):,.1f}", f"{D('-0'):z}", f"{D('-0.001'):z.1f}", f"{D('1e-7'):f}", f"{D('12.5'):.1e}", f"{D('123E-10'):.2g}")
with localcontext(rounding=ROUND_DOWN, capitals=0):
    print(format(D("1.239"), ".2f"), format(D("2.5"), ".0f"), format(D("1.999"), ".2"), D("1.5E+20"), format(D("1.5e10"), "G"), format(D("1.5e10"), ""))
print("{:>10}".format(D("1.5")), "{0:.2f} {0!r} {0!s}".format(D("2.345")), "%s %r" % (D("1.0"), D("2E+1")))
