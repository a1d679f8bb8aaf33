import asyncio

async def value(n, delay):
    await asyncio.sleep(delay)
    print("done", n)
    return n

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(value(1, 0.03), value(2, 0.01), value(3, 0.02)))
    print(await asyncio.gather())
    results = await asyncio.gather(value(4, 0.01), fail("boom", 0.02), return_exceptions=True)
    print(results)
    try:
        await asyncio.gather(value(5, 0.05), fail("first", 0.01), fail("second", 0.02))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.06)
    t = asyncio.create_task(value(6, 0.01))
    print(await asyncio.gather(t, t, value(7, 0)))
    g = asyncio.gather(value(8, 0.5), value(9, 0.5))
    await asyncio.sleep(0.01)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e))
    c = asyncio.create_task(value(10, 0.5))
    await asyncio.sleep(0)
    c.cancel("stop it")
    print(await asyncio.gather(c, value(11, 0.01), return_exceptions=True))

asyncio.run(main())
