import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print(repr(cm).startswith("<Timeout [active] when="), cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("expired:", cm.expired(), repr(cm), repr(e), type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time:", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        cm.reschedule(loop.time() + 0.02)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("the block sees CancelledError")
            raise
    print("unreachable")

async def at():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner raised, outer still active")
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("already past")
    try:
        await main()
    except TimeoutError:
        print("rescheduled timeout expired")

asyncio.run(at())
