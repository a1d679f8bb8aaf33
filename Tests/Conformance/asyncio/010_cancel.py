import asyncio

async def worker(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "got", repr(e), e.args)
        raise
    return "not reached"

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "survived"

async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0)
    print(t.cancel("please stop"), t.cancelling(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e))
    print(t.cancelled(), t.done(), t.cancel())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(method.__name__, "raises", repr(e))
    early = asyncio.create_task(worker("never started"))
    print(early.cancel())
    try:
        await early
    except asyncio.CancelledError as e:
        print("cancelled before start", repr(e))
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling(), s.uncancel(), s.cancelling())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.CancelledError.__module__, repr(asyncio.CancelledError("m")))
    t2 = asyncio.create_task(worker("w2"))
    await asyncio.sleep(0)
    t2.cancel()
    t2.cancel("second")
    print(t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError as e:
        print("twice:", e.args)

asyncio.run(main())
