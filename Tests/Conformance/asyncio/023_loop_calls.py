import asyncio, threading

def say(*args):
    print("callback", *args)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
print(repr(loop).split(" ")[1:])
start = loop.time()
loop.call_later(0.03, say, "later 0.03")
loop.call_at(start + 0.01, say, "at +0.01")
h = loop.call_later(0.02, say, "cancelled")
print(type(h).__name__, h.cancelled(), round(h.when() - start, 2))
h.cancel()
print(h.cancelled())
loop.call_soon(say, "soon 1")
loop.call_soon(say, "soon 2")
print(type(loop.call_soon(say, "soon 3")).__name__)

async def main():
    print("running:", asyncio.get_running_loop() is loop, loop.is_running())
    def from_thread():
        loop.call_soon_threadsafe(say, "from thread")
    threading.Thread(target=from_thread).start()
    await asyncio.sleep(0.05)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future result")
    return await fut

print(loop.run_until_complete(main()))
print(round(loop.time() - start, 2) >= 0.05)
loop.call_soon(loop.stop)
loop.call_soon(say, "before stop")
loop.run_forever()
try:
    loop.close()
    loop.close()
    print("closed:", loop.is_closed())
    loop.call_soon(say, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
c = main()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
async def stops():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(1)
loop2 = asyncio.new_event_loop()
try:
    loop2.run_until_complete(stops())
except RuntimeError as e:
    print("RuntimeError:", e)
for t in asyncio.all_tasks(loop2):
    t.cancel()
loop2.run_until_complete(asyncio.sleep(0))
loop2.close()
