# gen.throw(type, value): a value that is already an instance of the type is thrown as it is; sys.__stderr__ is sys.stderr.
def g():
    try:
        yield
    except ValueError as e:
        print("got", repr(e), e is v)
        yield 2
v = ValueError("x")
it = g(); next(it)
print(it.throw(ValueError, v))
import sys
print(sys.__stderr__ is sys.stderr, sys.__stdout__ is sys.stdout)
