import asyncio

async def inner(x):
    await asyncio.sleep(0.01)
    return 10 / x

async def main():
    print("before")
    t = asyncio.create_task(inner(0))
    print(await t)

asyncio.run(main())
