import asyncio

lock = asyncio.Lock()
counter = 0

async def increment(name):
    global counter
    async with lock:
        value = counter
        print(name, "in, locked:", lock.locked())
        await asyncio.sleep(0.01)
        counter = value + 1
    print(name, "out")

async def main():
    print(lock.locked())
    await asyncio.gather(*(increment(f"t{i}") for i in range(4)))
    print("counter", counter, lock.locked())
    await lock.acquire()
    print(repr(lock).endswith("[locked]>"))
    async def waiter():
        print("waiter acquired:", await lock.acquire())
        lock.release()
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(repr(lock).endswith("[locked, waiters:1]>"))
    lock.release()
    await w
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    c = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(c.cancelled(), lock.locked())

asyncio.run(main())
