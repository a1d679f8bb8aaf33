import asyncio, threading, time

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

async def main():
    loop = asyncio.get_running_loop()
    # No timer pending: only the thread's call_soon_threadsafe can wake the loop.
    fut = loop.create_future()
    def later():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, "woken by a thread")
    threading.Thread(target=later).start()
    print(await fut)
    results = []
    def submitter():
        cf = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
        results.append(cf.result(timeout=1))
        bad = asyncio.run_coroutine_threadsafe(add(1, "x"), loop)
        try:
            bad.result()
        except TypeError as e:
            results.append("TypeError")
    t = threading.Thread(target=submitter)
    t.start()
    await asyncio.to_thread(t.join)
    print(results)
    try:
        asyncio.run_coroutine_threadsafe(1, loop)
    except TypeError as e:
        print("TypeError:", e)
    ticks = []
    def ticker():
        for i in range(3):
            time.sleep(0.01)
            loop.call_soon_threadsafe(ticks.append, i)
    th = threading.Thread(target=ticker)
    th.start()
    await asyncio.sleep(0.1)
    print(ticks)

asyncio.run(main())
