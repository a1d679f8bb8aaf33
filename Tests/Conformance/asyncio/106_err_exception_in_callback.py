import asyncio

def bad_callback(x):
    print("callback runs with", x)
    raise KeyError(x)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, "k")
    await asyncio.sleep(0.01)
    print("the loop carries on")
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append((ctx["message"], repr(ctx["exception"]))))
    loop.call_soon(bad_callback, "again")
    await asyncio.sleep(0.01)
    print(seen)
    loop.set_exception_handler(None)
    loop.call_soon(bad_callback, "last")
    await asyncio.sleep(0.01)

asyncio.run(main())
