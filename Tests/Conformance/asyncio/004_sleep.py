import asyncio, time

async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather(ticker("a", 3), ticker("b", 2), ticker("c", 3)))
    print(await asyncio.sleep(0.01, result="slept"))
    print(await asyncio.sleep(-1, result="negative"))
    t0 = loop.time()
    w0 = time.monotonic()
    await asyncio.sleep(0.2)
    print(round(loop.time() - t0, 1), round(time.monotonic() - w0, 1))
    order = []
    async def nap(d):
        await asyncio.sleep(d)
        order.append(d)
    await asyncio.gather(*(nap(d) for d in (0.05, 0.01, 0.03, 0.02, 0.04)))
    print(order)
    t0 = loop.time()
    await asyncio.gather(*(asyncio.sleep(0.1) for _ in range(100)))
    print("100 sleeps of 0.1:", round(loop.time() - t0, 1))

asyncio.run(main())
