import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done(), fut.get_loop() is loop)
    loop.call_later(0.01, fut.set_result, [1, 2])
    print(await fut, repr(fut))
    try:
        fut.set_result(3)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    bad = asyncio.Future()
    bad.set_exception(ValueError("nope"))
    print(repr(bad))
    try:
        await bad
    except ValueError as e:
        print("awaited:", repr(e))
    cls = asyncio.Future()
    cls.set_exception(KeyError)
    print(repr(cls.exception()))
    try:
        asyncio.Future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    c = loop.create_future()
    print(c.cancel("why"), c.cancel(), c.cancelled())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    long = loop.create_future()
    long.set_result("x" * 50)
    print(repr(long))
    p = loop.create_future()
    p.add_done_callback(print)
    print(repr(p).startswith("<Future pending cb=[print()]>"))
    p.set_result(None)
    await asyncio.sleep(0)
    print(asyncio.isfuture(p), asyncio.isfuture(1), isinstance(asyncio.ensure_future(p), asyncio.Future))
    print(asyncio.InvalidStateError.__module__, issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
