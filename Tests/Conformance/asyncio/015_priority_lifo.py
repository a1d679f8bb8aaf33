import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([await lq.get() for _ in range(4)])
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue), str(lq))
    q = asyncio.Queue()
    async def getter(name):
        item = await q.get()
        print(name, "got", item)
    tasks = [asyncio.create_task(getter(n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    print(str(q))
    for x in "xyz":
        q.put_nowait(x)
    await asyncio.gather(*tasks)
    print(str(q))

asyncio.run(main())
