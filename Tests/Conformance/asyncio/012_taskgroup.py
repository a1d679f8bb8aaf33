import asyncio

async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise
    if fail:
        raise fail
    print(name, "done")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.02))
        b = tg.create_task(job("b", 0.01), name="named-b")
        print(repr(tg))
    print(a.result(), b.result(), b.get_name(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 0.5))
            tg.create_task(job("bad", 0.01, ValueError("v")))
            tg.create_task(job("worse", 0.01, KeyError("k")))
            await asyncio.sleep(1)
        print("not reached")
    except BaseException as eg:
        print(type(eg).__name__, str(eg))
        print(sorted(repr(e) for e in eg.exceptions))
        print(isinstance(eg, Exception), eg.message)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("sibling", 0.5))
            raise RuntimeError("body failed")
    except BaseException as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])
    tg = asyncio.TaskGroup()
    c = job("x", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(tg), "TG"))
    c.close()

asyncio.run(main())
