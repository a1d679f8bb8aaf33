import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.1), ("b", 0.01), ("c", 0.05))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first:", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("all:", names(done), names(pending))
    ts = [asyncio.create_task(job("x", 0.01), name="x"),
          asyncio.create_task(job("y", 0.05, fail=True), name="y"),
          asyncio.create_task(job("z", 0.3), name="z")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending), repr(ts[1].exception()))
    done, pending = await asyncio.wait(pending, timeout=0.05)
    print("timeout:", names(done), names(pending))
    ts[2].cancel()
    done, pending = await asyncio.wait(ts)
    print("after cancel:", names(done), ts[2].cancelled())
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    c = job("c", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    try:
        await asyncio.wait(ts[0])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
