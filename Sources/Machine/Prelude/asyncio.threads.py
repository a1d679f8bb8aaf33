__all__ = ('to_thread',)

# Lib/asyncio/threads.py 3.11, without contextvars.

import functools
import asyncio.events as events


async def to_thread(func, /, *args, **kwargs):
    """Asynchronously run function *func* in a separate thread."""
    loop = events.get_running_loop()
    func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
