# anext(iterator, default): the awaitable the builtin returns when given a default (Python/bltinmodule.c anextawaitable).
async def anext_with_default(iterator, default):
    try:
        return await iterator.__anext__()
    except StopAsyncIteration:
        return default
