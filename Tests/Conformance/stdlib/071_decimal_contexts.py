# decimal contexts, signals and traps: flags left by operations, traps raising with the
# C module's messages, the three template contexts, per-thread contexts, localcontext.
import decimal, threading
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, Inexact, Rounded,
                     DivisionByZero, InvalidOperation, Overflow, Underflow, Subnormal, Clamped, FloatOperation)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ctx = getcontext()
ctx.clear_flags()
D(1) / D(3)
print(sorted(s.__name__ for s, on in ctx.flags.items() if on))
ctx.clear_flags()
D("1.5") * 2
print([s.__name__ for s in ctx.flags if ctx.flags[s]], ctx.flags[Inexact])
print(repr(ctx))
print(repr(decimal.BasicContext), repr(decimal.ExtendedContext), sep="\n")
print(repr(ctx.traps))
for cls in [decimal.DecimalException, decimal.Clamped, decimal.InvalidOperation, decimal.ConversionSyntax, DivisionByZero,
            decimal.DivisionImpossible, decimal.DivisionUndefined, Inexact, decimal.InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-2]])
c = Context(prec=5, rounding=decimal.ROUND_DOWN, traps=[Inexact])
attempt("inexact trap", lambda: c.divide(1, 3))
attempt("exact ok", lambda: c.divide(1, 4))
c2 = Context(traps=[Inexact, Rounded])
attempt("two traps", lambda: c2.divide(1, 3))
attempt("overflow", lambda: Context(traps=[Overflow, Inexact, Rounded]).multiply(D("9E+999999"), 10))
attempt("overflow untrapped", lambda: Context(traps=[]).multiply(D("9E+999999"), 10))
attempt("overflow down", lambda: Context(traps=[], rounding=decimal.ROUND_DOWN, prec=3).multiply(D("9E+999999"), 10))
attempt("subnormal", lambda: Context(traps=[Underflow, Subnormal]).multiply(D("1E-999999"), D("0.1")))
attempt("clamped", lambda: Context(traps=[Clamped]).multiply(D("1E-999999"), D("1E-999999")))
e = Context(traps=[])
print(e.multiply(D("1E-999999"), D("1E-999999")), e.divide(D(1), D("Infinity")), [s.__name__ for s in e.flags if e.flags[s]])
attempt("divmod by zero", lambda: divmod(D(1), 0))
attempt("zero by zero", lambda: D(0) / 0)
attempt("float trap", lambda: Context(traps=[FloatOperation]).create_decimal(0.5))
attempt("float eq", lambda: D("0.5") == 0.5)
attempt("float lt", lambda: D("0.5") < 0.75)
with localcontext() as lc:
    lc.traps[FloatOperation] = True
    attempt("float lt trapped", lambda: D("0.5") < 0.75)
    attempt("float eq trapped", lambda: D("0.5") == 0.5)
    attempt("float ctor trapped", lambda: D(0.5))
c.traps[Inexact] = False
print(c.create_decimal("3.14159265"), c.create_decimal(D("-1.999999")), Context(prec=3).create_decimal_from_float(0.1), c.Etiny(), c.Etop())
print(c.add(1, 2), c.subtract(D("1.23456789"), 1), c.multiply(3, D("0.333333")), c.power(2, 10), c.power(3, 4, 5), c.sqrt(2), c.abs(-3), c.minus(4), c.plus(D("1.234567")))
print(c.divide_int(7, 2), c.remainder(7, 2), c.divmod(7, 2), c.compare(1, 2), c.max(1, 2), c.min_mag(-1, 2), c.quantize(D("1.23456"), D("0.01")), c.to_sci_string(D("1E+7")), c.is_zero(0))
attempt("bad operand", lambda: c.add(1.5, 2))
attempt("bad operand str", lambda: c.add("1", 2))
for kw in [dict(prec=0), dict(rounding="UP"), dict(Emin=1), dict(Emax=-1), dict(capitals=2), dict(clamp=2), dict(flags=3)]:
    attempt(str(kw), lambda: Context(**kw))
attempt("unknown attr", lambda: setattr(ctx, "precision", 3))
attempt("bad key", lambda: ctx.traps["Inexact"])
attempt("bad kw", lambda: localcontext(precision=3))
attempt("setcontext", lambda: setcontext(3))
with localcontext(prec=4, rounding=decimal.ROUND_UP) as lc:
    print(D(2) / 3, lc.prec, getcontext() is lc)
print(D(2) / 3, getcontext().prec)
saved = getcontext()
setcontext(decimal.ExtendedContext)
print(getcontext().prec, getcontext() is decimal.ExtendedContext, D(1) / 0, D(0) / 0, D(-1).sqrt())
setcontext(saved)
k = Context(prec=7, clamp=1, Emax=10, Emin=-10, traps=[])
print(k.create_decimal("1E+10"), k.create_decimal("1.5E+5"), k.create_decimal("1E-20"), k.create_decimal("1E-15"), k.create_decimal("9E+20"), [s.__name__ for s in k.flags if k.flags[s]])
results = {}
def worker(n):
    getcontext().prec = n
    results[n] = str(D(1) / D(7))
threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 5)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results.items()), D(1) / D(7))
decimal.DefaultContext.prec = 4
t = threading.Thread(target=lambda: results.update(x=str(D(2) / 3)))
t.start(); t.join()
print(results["x"], D(2) / 3)
