import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    me = asyncio.current_task()
    print(me.get_name(), type(me).__name__, isinstance(me, asyncio.Future))
    tasks = [asyncio.create_task(job(i)) for i in range(3)]
    named = asyncio.create_task(job(4), name="fetch-0")
    numbered = asyncio.create_task(job(5), name=7)
    print([t.get_name() for t in tasks], named.get_name(), repr(numbered.get_name()))
    named.set_name("renamed")
    print(named.get_name())
    print([t.done() for t in tasks])
    print(repr(tasks[0]).split(" coro=")[0])
    for t in tasks + [named, numbered]:
        print(await t, t.done(), t.result(), t.exception(), t.cancelled())
    print(repr(tasks[0]).split(" coro=")[0], repr(tasks[0]).endswith("result=0>"))
    later = asyncio.ensure_future(job(1))
    print(later.get_name(), await later)
    print(type(asyncio.Task(job(0))).__name__)
    print(asyncio.current_task().get_name())

asyncio.run(main())
asyncio.run(main())
