import asyncio

async def job(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError(x)
    return x

def report(task):
    if task.cancelled():
        print("callback:", task.get_name(), "cancelled")
    elif task.exception() is not None:
        print("callback:", task.get_name(), "raised", repr(task.exception()))
    else:
        print("callback:", task.get_name(), "returned", task.result())

def other(task):
    print("other callback", task.get_name())

async def main():
    t = asyncio.create_task(job(1), name="good")
    t.add_done_callback(report)
    t.add_done_callback(other)
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print("after await")
    await asyncio.sleep(0)
    b = asyncio.create_task(job(-1), name="bad")
    b.add_done_callback(report)
    b.add_done_callback(other)
    b.add_done_callback(other)
    print("removed", b.remove_done_callback(other), b.remove_done_callback(other))
    await asyncio.wait([b])
    c = asyncio.create_task(job(2), name="cancelled")
    c.add_done_callback(report)
    c.cancel()
    await asyncio.sleep(0.02)
    t.add_done_callback(lambda f: print("added late, runs soon"))
    print("before yielding")
    await asyncio.sleep(0)
    for m in (t.set_result, t.set_exception):
        try:
            m(1)
        except RuntimeError as e:
            print("RuntimeError:", e)

asyncio.run(main())
