import asyncio

async def limited(sem, name, active):
    async with sem:
        active.append(name)
        print(name, "in; inside now:", len(active), "locked:", sem.locked())
        await asyncio.sleep(0.01)
        active.remove(name)

async def main():
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(limited(sem, f"t{i}", active) for i in range(5)))
    print(repr(sem).endswith("[unlocked, value:2]>"))
    sem.release()
    print("plain semaphore grows:", repr(sem).endswith("value:3]>"))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    zero = asyncio.Semaphore(0)
    async def wait_for_permit():
        await zero.acquire()
        print("got permit")
    t = asyncio.create_task(wait_for_permit())
    await asyncio.sleep(0.01)
    print("waiting:", zero.locked())
    zero.release()
    await t

asyncio.run(main())
