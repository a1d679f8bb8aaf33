import asyncio

async def fetch(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    async with lock:
        value = await fetch(1)
    async for item in stream():
        print(item)
    results = await asyncio.gather(fetch(1), fetch(2))
    return results

async def agen():
    yield 1

asyncio.run(main())
