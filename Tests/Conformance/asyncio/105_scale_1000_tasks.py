import asyncio, time

async def nap(i):
    await asyncio.sleep(1)
    return i

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(*(nap(i) for i in range(1000)))
    print(len(results), sum(results), round(loop.time() - t0))
    t0 = loop.time()
    tasks = [asyncio.create_task(nap(i)) for i in range(1000)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), round(loop.time() - t0))
    print(tasks[-1].get_name())

asyncio.run(main())
