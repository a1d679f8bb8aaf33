# 两次“下载”：先逐个 await，再包装成任务；
# 事件循环一拿到控制权，任务就自己开始运行。
import asyncio
import time

SITES = {"python.org": 0.3, "pypi.org": 0.2}


def restart(title):
    global start
    start = time.perf_counter_ns()
    print(title)


def log(text):
    # 从开始到现在的整十分之一秒数，向下取整，
    # 这样几毫秒的延迟不会改变任何一行输出
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"  {tenths / 10}s {text}")


async def fetch(site):
    log(f"GET {site}")
    await asyncio.sleep(SITES[site])  # 代替网络
    log(f"got {site}")
    return len(site) * 1000


async def main():
    restart("awaiting each in turn:")
    sizes = [await fetch(site) for site in SITES]
    log(f"{sum(sizes)} bytes")
    restart("two tasks:")
    tasks = [asyncio.create_task(fetch(site), name=site)
             for site in SITES]
    log("tasks created")
    sizes = [await task for task in tasks]  # 这期间两个任务都在运行
    log(f"{sum(sizes)} bytes")


asyncio.run(main())
