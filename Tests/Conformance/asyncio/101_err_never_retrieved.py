import asyncio

async def doomed():
    raise ValueError("nobody looks at me")

async def main():
    asyncio.create_task(doomed())
    await asyncio.sleep(0.01)
    print("main ends")

asyncio.run(main())
print("after run")
