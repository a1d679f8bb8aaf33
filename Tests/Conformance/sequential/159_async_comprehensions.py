# Async comprehensions: async for and await inside list, set, dict comprehensions and generator expressions.
class Tick:
    def __await__(self):
        got = yield "tick"
        return got

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

async def double(x):
    await Tick()
    return x * 2

async def main():
    a = [x async for x in agen(4)]
    b = {x: x * x async for x in agen(3) if x % 2 == 0}
    c = {x async for x in agen(3)}
    d = [await double(x) for x in range(3)]
    e = [x + y async for x in agen(2) for y in (10, 20)]
    g = (x * 3 async for x in agen(3))
    f = [v async for v in g]
    h = [[y async for y in agen(x)] for x in range(3)]
    return a, b, c, d, e, f, type(g).__name__, h

def drive(coro):
    v = None
    while True:
        try:
            coro.send(v)
        except StopIteration as e:
            return e.value
        v = 1

print(drive(main()))
