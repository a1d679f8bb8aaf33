# Two "downloads" awaited one after the other, then wrapped in tasks:
# a task starts on its own as soon as the event loop gets control.
import asyncio
import time

SITES = {"python.org": 0.3, "pypi.org": 0.2}


def restart(title):
    global start
    start = time.perf_counter_ns()
    print(title)


def log(text):
    # whole tenths of a second since start, rounded down, so that a
    # few milliseconds of lateness never change a line
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"  {tenths / 10}s {text}")


async def fetch(site):
    log(f"GET {site}")
    await asyncio.sleep(SITES[site])  # stands in for the network
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
    sizes = [await task for task in tasks]  # both run meanwhile
    log(f"{sum(sizes)} bytes")


asyncio.run(main())
