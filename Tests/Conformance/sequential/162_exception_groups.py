# conformance: full-stderr
# ExceptionGroup and BaseExceptionGroup: construction rules, split/subgroup, str/repr.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
print(str(eg), repr(eg.exceptions[0]), len(eg.exceptions), eg.message)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", 5), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise eg
except ExceptionGroup as caught:
    print("caught", caught is eg, [type(e).__name__ for e in caught.exceptions])
def boom(n):
    raise ValueError(f"bad {n}")
errors = []
for n in range(2):
    try:
        boom(n)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("two failures", errors + [ExceptionGroup("nested", [KeyError("deep")])])
