import asyncio, concurrent.futures, threading, time

def cpu(n):
    return sum(i * i for i in range(n))

def who():
    time.sleep(0.01)
    return threading.current_thread().name

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, cpu, 1000)
    print(type(fut).__name__, asyncio.isfuture(fut))
    print(await fut)
    print(await loop.run_in_executor(None, who))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="mine") as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, who) for _ in range(3))))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    cf = concurrent.futures.ThreadPoolExecutor(1).submit(cpu, 10)
    wrapped = asyncio.wrap_future(cf)
    print(type(wrapped).__name__, await wrapped, asyncio.wrap_future(wrapped) is wrapped)

if __name__ == "__main__":
    asyncio.run(main())
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(loop.run_in_executor(None, cpu, 3)))
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
    try:
        loop.run_in_executor(None, cpu, 3)
    except RuntimeError as e:
        print("RuntimeError:", e)
