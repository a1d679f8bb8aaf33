# Stopping a task from outside: cancel() raises CancelledError inside
# it, at the await where it is paused; wait_for() cancels on a timeout.
import asyncio
import time


def restart(title):
    global start
    start = time.perf_counter_ns()
    print(title)


def log(text):
    # whole tenths of a second since start, rounded down
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"  {tenths / 10}s {text}")


async def download(name, seconds):
    log(f"{name}: started")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log(f"{name}: cancelled, deleting the partial file")
        raise  # a task that swallows this would not end as cancelled
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
