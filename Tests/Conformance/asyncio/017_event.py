import asyncio

async def waiter(event, name):
    print(name, "waiting")
    print(name, "woke:", await event.wait())

async def main():
    event = asyncio.Event()
    print(event.is_set(), repr(event).endswith("[unset]>"))
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    print(repr(event).endswith("[unset, waiters:3]>"))
    event.set()
    print("set", event.is_set())
    await asyncio.gather(*tasks)
    print(await event.wait())
    event.clear()
    print(event.is_set())
    t = asyncio.create_task(waiter(event, "late"))
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except TimeoutError:
        print("wait timed out")
    asyncio.get_running_loop().call_later(0.01, event.set)
    await t
    print(repr(event).endswith("[set]>"))

asyncio.run(main())
