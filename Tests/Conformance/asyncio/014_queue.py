import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, "got", item)
        await asyncio.sleep(0.01)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q)
    await asyncio.gather(producer(q, 4), consumer(q, "c"))
    print(q.empty(), q.qsize())
    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)
    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0.01 * item)
            print("processed", item)
            jq.task_done()
    w = asyncio.create_task(worker())
    await jq.join()
    print("joined", jq.qsize())
    w.cancel()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(jq.get(), 0.01)
    except TimeoutError:
        print("get timed out", jq._getters)

asyncio.run(main())
