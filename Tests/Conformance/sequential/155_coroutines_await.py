# Coroutines driven by hand: await chains, async with, async for over generators and classes.
class Sleep:
    def __init__(self, d): self.d = d
    def __await__(self):
        x = yield ("sleep", self.d)
        return x

async def leaf(n):
    got = await Sleep(n)
    return got * 2

async def mid():
    a = await leaf(1)
    b = await leaf(2)
    return a + b

class CM:
    async def __aenter__(self):
        print("enter"); await Sleep(0); return 5
    async def __aexit__(self, *a):
        print("exit", a[0]); return False

async def agen(n):
    for i in range(n):
        await Sleep(i)
        yield i * 10
    print("agen done")

class ARange:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    r = await mid()
    print("mid", r)
    async with CM() as c:
        print("in", c)
    async for v in agen(3):
        print("agen", v)
    async for v in ARange(2):
        print("arange", v)
    try:
        await 3
    except TypeError as e:
        print(e)
    g = agen(1)
    print(type(g).__name__, type(g.__anext__()).__name__)
    c = leaf(1)
    print(type(c).__name__, repr(c)[:22])
    try:
        iter(c)
    except TypeError as e:
        print(e)
    c.close()
    return "main result"

def run(coro):
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        value = 7 if req[0] == "sleep" else None

print(run(main()))
co = mid()
print(run(co))
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
