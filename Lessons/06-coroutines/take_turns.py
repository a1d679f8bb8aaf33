import asyncio


async def worker(name, delay):
    print(name, "starts")
    await asyncio.sleep(delay)
    print(name, "done after", delay)
    return name.upper()


async def main():
    results = await asyncio.gather(worker("a", 0.2), worker("b", 0.1))
    print(results)


asyncio.run(main())
