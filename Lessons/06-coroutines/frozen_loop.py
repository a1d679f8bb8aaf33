# A ticker that should tick every 0.1 s, next to a job that waits 0.3 s:
# first with time.sleep, which blocks the whole event loop, then with
# await asyncio.sleep, which lets the loop run the ticker meanwhile.
import asyncio
import time


def restart(title):
    global start
    start = time.perf_counter_ns()
    print(title)


def log(text):
    # whole tenths of a second since start, rounded down
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
        time.sleep(0.3)  # no await: the loop is stuck here
    else:
        await asyncio.sleep(0.3)
    log("job done")


async def main():
    restart("time.sleep:")
    await asyncio.gather(ticker(), job(blocking=True))
    restart("await asyncio.sleep:")
    await asyncio.gather(ticker(), job(blocking=False))


asyncio.run(main())
