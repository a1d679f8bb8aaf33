import asyncio

class Resource:
    async def __aenter__(self):
        print("enter")
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, e, tb):
        print("exit", et.__name__ if et else None)
        return True

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def main():
    async with Resource() as r:
        print(type(r).__name__)
    async with Resource():
        raise ValueError("swallowed")
    async for i in Countdown(3):
        print("countdown", i)
    print([i async for i in ticks(4)])
    print([i * i async for i in ticks(5) if i % 2 == 0])
    print({i: await asyncio.sleep(0, i) for i in range(3)})
    gen = ticks(2)
    print(await gen.__anext__(), await anext(gen), await anext(gen, "done"))

asyncio.run(main())
