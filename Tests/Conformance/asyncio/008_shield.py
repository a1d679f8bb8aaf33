import asyncio

async def important():
    await asyncio.sleep(0.05)
    print("important work finished")
    return "saved"

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 0.01))
    try:
        await waiter
    except TimeoutError:
        print("waiter timed out; inner cancelled?", inner.cancelled(), "outer cancelled?", outer.cancelled())
    print(await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print(asyncio.shield(done) is done)
    async def caller():
        return await asyncio.shield(important())
    c = asyncio.create_task(caller())
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller cancelled")
    await asyncio.sleep(0.06)
    print("end")

asyncio.run(main())
