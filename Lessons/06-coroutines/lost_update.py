# Coroutines need no lock between two awaits, but an await in the
# middle of a read-modify-write lets another coroutine in: lost updates.
import asyncio

balance = 0


async def deposit(times):
    global balance
    for _ in range(times):
        seen = balance
        await asyncio.sleep(0)  # say, a database call: a switch point
        balance = seen + 1


async def safe_deposit(times, lock):
    global balance
    for _ in range(times):
        async with lock:  # the other coroutine waits here instead
            seen = balance
            await asyncio.sleep(0)
            balance = seen + 1


async def main():
    global balance
    await asyncio.gather(deposit(100), deposit(100))
    print(f"no lock: {balance} of 200")
    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(safe_deposit(100, lock),
                         safe_deposit(100, lock))
    print(f"asyncio.Lock: {balance} of 200")


asyncio.run(main())
