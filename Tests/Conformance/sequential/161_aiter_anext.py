# aiter() and anext() (with and without a default) on an async generator, and their TypeErrors.
async def g():
    yield 1
async def main():
    a = aiter(g())
    print(await anext(a), await anext(a, "end"))
    try:
        await anext(a)
    except StopAsyncIteration:
        print("stop")
    for bad in (aiter, anext):
        try:
            bad(3)
        except TypeError as e:
            print(e)
c = main()
try:
    c.send(None)
except StopIteration:
    pass
