# Calling an async function runs none of its body: it makes a coroutine
# object, and only await (or a task) runs it.
import asyncio


async def greet(name):
    print("hello", name)
    return len(name)


async def main():
    # forgot the await: nothing runs, Python warns
    greet("ann")
    coro = greet("bob")
    print("made a", type(coro).__name__)
    print("await gives", await coro)
    try:
        await coro
    except RuntimeError as err:
        print("again:", err)


asyncio.run(main())
