# 一个本应每 0.1 秒响一次的计时器，旁边是一个要等 0.3 秒的作业：
# 先用 time.sleep，它阻塞整个事件循环；再用 await asyncio.sleep，
# 这期间事件循环可以照常运行计时器。
import asyncio
import time


def restart(title):
    global start
    start = time.perf_counter_ns()
    print(title)


def log(text):
    # 从开始到现在的整十分之一秒数，向下取整
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"  {tenths / 10}s {text}")


async def ticker():
    for n in range(1, 3):
        await asyncio.sleep(0.1)
        log(f"tick {n}")


async def job(blocking):
    await asyncio.sleep(0.1)
    log("job starts waiting 0.3 s")
    if blocking:
        time.sleep(0.3)  # 没有 await：事件循环卡在这里
    else:
        await asyncio.sleep(0.3)
    log("job done")


async def main():
    restart("time.sleep:")
    await asyncio.gather(ticker(), job(blocking=True))
    restart("await asyncio.sleep:")
    await asyncio.gather(ticker(), job(blocking=False))


asyncio.run(main())
