# The errors CPython 3.11 gives for misused coroutines and awaitables.
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def value():
    return 7


class NotIterAwait:
    def __await__(self):
        return 5


class CoroAwait:
    def __await__(self):
        made.append(value())  # kept, so that it is not reported as never awaited
        return made[-1]


made = []


class NoAsyncCM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class NoANext:
    def __aiter__(self):
        return self


async def attempt(label, make):
    try:
        await make()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


async def await_int():
    await 3

async def await_bad_iter():
    await NotIterAwait()

async def await_coro_await():
    await CoroAwait()

async def with_sync_cm():
    async with NoAsyncCM():
        pass

async def with_bad_enter():
    async with BadEnter():
        pass

async def for_list():
    async for x in [1, 2]:
        pass

async def for_no_anext():
    async for x in NoANext():
        pass


async def main():
    for label, make in [("await int", await_int), ("await non-iterator", await_bad_iter),
                        ("await returning coroutine", await_coro_await),
                        ("async with sync cm", with_sync_cm), ("bad __aenter__", with_bad_enter),
                        ("async for list", for_list), ("async for no __anext__", for_no_anext)]:
        await attempt(label, make)

drive(main())

c = value()
print(drive(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = value()
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
c.close()


def gen():
    yield from made[-1]

made.append(value())
try:
    next(gen())
except TypeError as e:
    print("TypeError:", e)

c = value()
print(c.__name__, c.__qualname__, c.cr_running, type(c).__name__)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c = value()
print(repr(c)[:25])
c.close()
for c in made:
    c.close()
