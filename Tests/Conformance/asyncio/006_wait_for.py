import asyncio

async def slow(d, result="ok"):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print("slow cancelled after waiting", d)
        raise
    return result

async def main():
    print(await asyncio.wait_for(slow(0.01), timeout=1))
    try:
        await asyncio.wait_for(slow(1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, type(e.__cause__).__name__, e.__cause__.args)
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(0.01, "none"), None))
    t = asyncio.create_task(slow(1))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("zero timeout:", t.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result(5)
    print(await asyncio.wait_for(done, 0))
    async def broken():
        await asyncio.sleep(0.01)
        raise KeyError("k")
    try:
        await asyncio.wait_for(broken(), 1)
    except KeyError as e:
        print("error passes through:", repr(e))
    t = asyncio.create_task(slow(0.5))
    async def outer():
        return await asyncio.wait_for(t, 1)
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled:", t.cancelled())

asyncio.run(main())
