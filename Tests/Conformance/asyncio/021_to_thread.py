import asyncio, threading, time

def blocking(name, seconds):
    time.sleep(seconds)
    return f"{name} slept {seconds} in {threading.current_thread().name.split('_')[0]}"

def fails():
    raise OSError("disk on fire")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(asyncio.to_thread(blocking, "a", 0.1),
                                   asyncio.to_thread(blocking, "b", 0.1),
                                   asyncio.to_thread(blocking, name="c", seconds=0.1))
    print(results)
    print("three 0.1 s sleeps in threads took", round(loop.time() - t0, 1))
    try:
        await asyncio.to_thread(fails)
    except OSError as e:
        print("OSError:", e)
    ticks = 0
    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1
    t = asyncio.create_task(ticker())
    await asyncio.to_thread(time.sleep, 0.1)
    t.cancel()
    print("the loop kept running:", ticks >= 5)
    print(threading.current_thread().name)

asyncio.run(main())
print("threads left:", threading.active_count())
