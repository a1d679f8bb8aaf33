import asyncio

async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives; waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)
    return index

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    print(sorted(await asyncio.gather(party(barrier, "a", 0.01), party(barrier, "b", 0.02), party(barrier, "c", 0.03))))
    print(repr(barrier).endswith("[filling, waiters:0/3]>"))
    async with barrier as pos:
        pass
    print("unreached")

async def aborting():
    barrier = asyncio.Barrier(2)
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0.01)
    await barrier.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    await barrier.reset()
    print("after reset:", barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(aborting())
try:
    asyncio.run(asyncio.wait_for(main(), 0.2))
except TimeoutError:
    print("the fourth party waits alone")
