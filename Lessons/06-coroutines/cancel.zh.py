# 从外部停止任务：cancel() 在任务内部、它暂停所在的 await 处
# 抛出 CancelledError；wait_for() 超时就取消。
import asyncio
import time


def restart(title):
    global start
    start = time.perf_counter_ns()
    print(title)


def log(text):
    # 从开始到现在的整十分之一秒数，向下取整
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"  {tenths / 10}s {text}")


async def download(name, seconds):
    log(f"{name}: started")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log(f"{name}: cancelled, deleting the partial file")
        raise  # 吞掉它的任务不会以“已取消”结束
    log(f"{name}: finished")
    return name


async def main():
    restart("cancel():")
    task = asyncio.create_task(download("big.iso", 1.0))
    await asyncio.sleep(0.2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log(f"main: cancelled() is {task.cancelled()}")
    restart("wait_for(..., timeout=0.3):")
    try:
        await asyncio.wait_for(download("slow.zip", 1.0), timeout=0.3)
    except TimeoutError:
        log("main: wait_for gave up")


asyncio.run(main())
