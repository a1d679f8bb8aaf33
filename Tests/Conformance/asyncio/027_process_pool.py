import asyncio, concurrent.futures, os

def cpu(n):
    return sum(i * i for i in range(n))

def in_child():
    return os.getpid() != parent

parent = os.getpid()

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, cpu, n) for n in (10, 100, 1000))))
        print("ran in a child process:", await loop.run_in_executor(pool, in_child))
        fut = loop.run_in_executor(pool, cpu, 10)
        print(type(fut).__name__, await fut)

if __name__ == "__main__":
    asyncio.run(main())
