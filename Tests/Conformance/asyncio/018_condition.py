import asyncio

items = []

async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))

async def main():
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    for i in range(3):
        async with cond:
            items.append(i)
            print("produced", i, "locked:", cond.locked())
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*consumers)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    woken = []
    async def sleeper(n):
        async with cond:
            woken.append((n, await cond.wait()))
    ts = [asyncio.create_task(sleeper(n)) for n in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(woken)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print(lock.locked(), shared.locked())

asyncio.run(main())
