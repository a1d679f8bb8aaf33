import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("slow", 0.03), ("fast", 0.01), ("mid", 0.02))]
    for fut in asyncio.as_completed(tasks):
        print(await fut)
    it = asyncio.as_completed([asyncio.create_task(job("a", 0.01)), asyncio.create_task(job("b", 0.5))], timeout=0.05)
    print(await next(it))
    try:
        await next(it)
    except TimeoutError:
        print("timeout in as_completed")
    try:
        asyncio.as_completed(tasks[0])
    except TypeError as e:
        print("TypeError:", e)
    print(len(list(asyncio.as_completed([]))))

asyncio.run(main())
