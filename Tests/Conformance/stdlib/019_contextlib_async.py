# contextlib's async side: asynccontextmanager (normal exit, an exception handled or passed on), nullcontext, aclosing.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def opened(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("close", name)


async def ticks():
    try:
        for i in range(10):
            yield i
    finally:
        print("ticks closed")


async def main():
    async with opened("a") as a:
        print("inside", a)
    async with opened("b"):
        raise KeyError("k")
    try:
        async with opened("c"):
            raise ValueError("v")
    except ValueError as e:
        print("passed on", repr(e))
    async with contextlib.nullcontext(5) as x:
        print("null", x)
    async with contextlib.aclosing(ticks()) as t:
        async for i in t:
            if i == 2:
                break
    print(opened.__name__)

asyncio.run(main())
