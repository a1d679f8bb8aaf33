import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("one"), 0.01))
            tg.create_task(fail(TypeError("two"), 0.01))
            tg.create_task(fail(ValueError("three"), 0.2))
    except* ValueError as group:
        print("values:", [str(e) for e in group.exceptions])
    except* TypeError as group:
        print("types:", [str(e) for e in group.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(OSError("disk"), 0.01))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.split(OSError)[0].exceptions, eg.split(OSError)[1])

asyncio.run(main())
