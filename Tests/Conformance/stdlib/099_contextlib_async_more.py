# contextlib's async side in depth: AsyncExitStack (async and sync managers, callbacks, push,
# pop_all, aclose, the TypeError for the wrong protocol, unwinding with exceptions),
# asynccontextmanager's errors and its use as a decorator, aclosing, nullcontext.
import asyncio
from contextlib import (AbstractAsyncContextManager, AsyncExitStack, aclosing,
                        asynccontextmanager, contextmanager, nullcontext)


@asynccontextmanager
async def resource(name, log):
    log.append("open " + name)
    try:
        yield name.upper()
    finally:
        log.append("close " + name)


@contextmanager
def sync_resource(name, log):
    log.append("sync open " + name)
    yield name
    log.append("sync close " + name)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    try:
        yield 1
        yield 2
    finally:
        print("  two_yields closed")


@asynccontextmanager
async def yields_after_athrow():
    try:
        yield
    except KeyError:
        yield


@asynccontextmanager
async def converting():
    try:
        yield
    except KeyError as e:
        raise ValueError("converted") from e


class AsyncPlain:
    async def __aenter__(self):
        return "plain"

    async def __aexit__(self, typ, value, tb):
        print("  AsyncPlain exit sees", typ.__name__ if typ else None)
        return typ is IndexError


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


async def cleanup(tag):
    await asyncio.sleep(0)
    print("  async callback", tag)


async def main():
    log = []
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a", log))
        b = stack.enter_context(sync_resource("b", log))
        stack.push_async_callback(cleanup, "first registered")
        stack.callback(log.append, "sync callback")
        returned = stack.push_async_exit(AsyncPlain())
        print("entered", a, b, type(returned).__name__)
    print(log)

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(SyncOnly())
    except TypeError as e:
        print("TypeError", e)
    try:
        async with AsyncExitStack() as stack:
            stack.enter_context(AsyncPlain())
    except TypeError as e:
        print("TypeError", e)

    async def swallow(typ, value, tb):
        print("  async exit function sees", typ.__name__ if typ else None)
        return True

    async with AsyncExitStack() as stack:
        stack.push_async_exit(swallow)
        raise KeyError("swallowed by an async exit function")
    print("after the swallowing stack")

    async with AsyncExitStack() as stack:
        await stack.enter_async_context(AsyncPlain())
        raise IndexError("swallowed by AsyncPlain")
    print("after AsyncPlain swallowed IndexError")

    async def raiser(message):
        raise KeyError(message)

    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(raiser, "outer")
            stack.push_async_callback(raiser, "inner")
            raise ValueError("body")
    except KeyError as e:
        names = []
        while e is not None:
            names.append(repr(e))
            e = e.__context__
        print("chain:", " <- ".join(names))

    stack = AsyncExitStack()
    stack.push_async_callback(cleanup, "moved")
    moved = stack.pop_all()
    await stack.aclose()
    print("original closed, moved is", type(moved).__name__)
    await moved.aclose()

    for make, body in ((no_yield, None), (two_yields, None), (yields_after_athrow, KeyError("k")),
                       (converting, KeyError("k"))):
        try:
            async with make():
                if body is not None:
                    raise body
        except Exception as e:
            print(make.__name__, "->", type(e).__name__, e, "| cause:", repr(e.__cause__))

    @resource("decorator", log)
    async def decorated(x):
        return x * 2

    log.clear()
    print(await decorated(4), await decorated(5), log)

    async def ticks():
        try:
            for i in range(5):
                yield i
        finally:
            print("  ticks closed")

    async with aclosing(ticks()) as t:
        async for i in t:
            if i == 1:
                break
    async with nullcontext("n") as n:
        print("nullcontext", n)
    print(isinstance(AsyncPlain(), AbstractAsyncContextManager), isinstance(SyncOnly(), AbstractAsyncContextManager),
          isinstance(AsyncExitStack(), AbstractAsyncContextManager))


asyncio.run(main())
