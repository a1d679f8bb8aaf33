# Exception tracebacks as objects: __traceback__ is None before the raise, a traceback
# object after it, one per frame the exception passed through, linked by tb_next from the
# frame that caught it to the frame that raised it; with_traceback() and __traceback__
# assignment replace it. Ends with an uncaught error whose traceback was cut by
# with_traceback(None).
def inner():
    raise ValueError('deep')


def middle():
    inner()


def outer():
    middle()


e = ValueError('fresh')
print(e.__traceback__ is None)
try:
    outer()
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb is caught.__traceback__)
    chain = []
    while tb is not None:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(chain)
    saved = caught

print(saved.__traceback__.tb_next.tb_next.tb_next.tb_next is None)
print(saved.__traceback__.tb_lineno, saved.__traceback__.tb_next.tb_frame.f_lineno)


def reraise(exc):
    raise exc


try:
    reraise(saved)
except ValueError as again:
    names = []
    tb = again.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

x = KeyError('k')
print(x.with_traceback(saved.__traceback__) is x, x.__traceback__ is saved.__traceback__)
x.__traceback__ = None
print(x.__traceback__)
try:
    x.__traceback__ = 5
except TypeError as err:
    print('TypeError:', err)
try:
    x.with_traceback(5)
except TypeError as err:
    print('TypeError:', err)
print(repr(saved.__traceback__).startswith('<traceback object at 0x'))
try:
    outer()
except ValueError as exc:
    raise exc.with_traceback(None)
