# A generator dropped while suspended inside try/finally or with is closed: GeneratorExit is
# thrown in and its finally runs before the program's next output, as CPython's reference
# counting does it; generators still suspended at exit are closed after the traceback of an
# uncaught error. Ends with an uncaught ZeroDivisionError.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('open', self.name)
        return self

    def __exit__(self, *exc):
        print('close', self.name, exc[0].__name__ if exc[0] else None)


def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)


def managed(name):
    with Resource(name):
        yield 'a'
        yield 'b'


def plain():
    yield 1
    yield 2


for x in numbers('break'):
    break
print('after break')

g = numbers('rebound')
next(g)
g = None
print('after rebinding')

g = numbers('deleted')
next(g)
del g
print('after del')


def first(name):
    for x in numbers(name):
        return x


print('first ->', first('return'))


def local():
    h = managed('local')
    print('local got', next(h))


local()
print('after local')

next(numbers('temporary'))
print('after temporary')

p = plain()
next(p)
p = None
print('plain generators have nothing to run')

kept = numbers('kept')
next(kept)
for x in kept:
    print('resumed', x)
print('exhausted generators are not closed again')

at_exit = managed('at exit')
next(at_exit)
print('before the error')
1 / 0
