def worker():
    try:
        while True:
            try:
                x = yield
                print("processing", x)
            except ValueError as e:
                print("handled inside:", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
print("closed")
w.close()
try:
    w.send(3)
except StopIteration:
    print("send after close -> StopIteration")
def gen():
    yield 1
    yield 2
g = gen()
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out:", repr(e))
try:
    next(g)
except StopIteration:
    print("generator finished after throw")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
unstarted = gen()
unstarted.close()
print(list(unstarted))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
t = gen()
try:
    t.throw(ValueError("before start"))
except ValueError as e:
    print("thrown before start:", e)
