import asyncio
import threading

# Under CPython this hangs forever: the loop waits for a callback that no thread will send.
# The engine reports it: the main thread waits on the event loop with no timer pending.

async def main():
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    helper = threading.Thread(target=lambda: print("helper ends without calling back"))
    helper.start()
    helper.join()
    print("waiting for a result nobody will set")
    await ready

asyncio.run(main())
