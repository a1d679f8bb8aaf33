import asyncio

async def child(n):
    await asyncio.sleep(0.01 * n)
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    kids = [asyncio.create_task(child(n), name=f"kid{n}") for n in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*kids))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task(asyncio.get_running_loop()) is me)

def outside():
    print(asyncio.current_task(asyncio.new_event_loop()))
    try:
        asyncio.current_task()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.all_tasks()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
outside()

async def leftover():
    async def forever():
        try:
            await asyncio.sleep(10)
        finally:
            print("forever task cancelled at shutdown")
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "main returns first"

print(asyncio.run(leftover()))
