# Async generators driven by hand: asend, athrow, aclose, finally blocks, async for with break.
class Tick:
    def __await__(self):
        got = yield "tick"
        return got


async def counter(n):
    try:
        for i in range(n):
            got = await Tick()
            received = yield (i, got)
            if received is not None:
                print("  counter received", received)
    except ValueError as e:
        print("  counter caught", e)
        yield "recovered"
    finally:
        print("  counter finally")


def drive(awaitable, answer=1):
    """Runs one awaitable to its end, answering every 'tick' with `answer`."""
    value = None
    while True:
        try:
            request = awaitable.send(value)
        except StopIteration as e:
            return ("value", e.value)
        except StopAsyncIteration:
            return ("end", None)
        value = answer if request == "tick" else None


g = counter(3)
print(drive(g.__anext__()))
print(drive(g.asend("hello")))
print(drive(g.athrow(ValueError("bad"))))
print(drive(g.aclose()))
print(drive(g.__anext__()))

step = counter(1).__anext__()
print(type(step).__name__)
print(drive(step, answer=42))
try:
    drive(step)
except RuntimeError as e:
    print("RuntimeError:", e)


async def consume():
    seen = []
    async for item in counter(5):
        seen.append(item)
        if len(seen) == 2:
            break
    return seen

print(drive(consume(), answer=9))


async def squares(n):
    for i in range(n):
        yield i * i

async def collect():
    out = []
    agen = squares(4)
    async for v in agen:
        out.append(v)
    return out, type(agen).__name__

print(drive(collect()))
