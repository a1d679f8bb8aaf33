# 两个 await 之间的协程不需要锁，但在“读-改-写”中间的一个
# await 会让另一个协程插进来：更新丢失。
import asyncio

balance = 0


async def deposit(times):
    global balance
    for _ in range(times):
        seen = balance
        await asyncio.sleep(0)  # 比如一次数据库调用：一个切换点
        balance = seen + 1


async def safe_deposit(times, lock):
    global balance
    for _ in range(times):
        async with lock:  # 另一个协程改在这里等待
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
